import { randomBytes } from "node:crypto";

/**
 * Plus-addressing: mail to info+r-<token>@deepen.uz lands in info@deepen.uz's
 * mailbox, and the token says which request a reply belongs to even when the
 * requester's client drops the References header. Lower-case hex, because
 * some mail servers lower-case the local part.
 */
const TOKEN = /^[0-9a-f]{32}$/;

export function newReplyToken(): string {
  return randomBytes(16).toString("hex");
}

/** The Reply-To for a request: the portal's address with the token after a "+". */
export function replyAddress(address: string, token: string): string {
  const at = address.lastIndexOf("@");
  return `${address.slice(0, at)}+r-${token}${address.slice(at)}`;
}

/** The reply token among the addresses a message was sent to, if one of them carries one. */
export function replyTokenIn(addresses: readonly string[]): string | undefined {
  for (const address of addresses) {
    const token = /\+r-([0-9a-z]+)@/i.exec(address)?.[1]?.toLowerCase();
    if (token && TOKEN.test(token)) return token;
  }
  return undefined;
}
