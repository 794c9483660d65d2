import { generateKeyPairSync } from "node:crypto";
import { dkimSign } from "mailauth/lib/dkim/sign";
import MailComposer from "nodemailer/lib/mail-composer";
import type Mail from "nodemailer/lib/mailer";
import type { Resolver } from "./authenticate";

/** A raw message as a mail client would send it. */
export function compose(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer({ date: new Date("2026-03-02T07:55:00Z"), ...mail }).compile().build();
}

/**
 * A sending domain of the test's own: a fresh DKIM key, the message signed
 * with it, and a resolver serving its DKIM record (and a DMARC record, if
 * asked) the way DNS would, so mailauth verifies real signatures offline.
 */
export function testDomain(domain: string, { dmarc }: { dmarc?: string } = {}) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const selector = "s1";
  const records: Record<string, string> = {
    [`${selector}._domainkey.${domain}`]: `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`,
    ...(dmarc ? { [`_dmarc.${domain}`]: dmarc } : {}),
  };
  return {
    records,
    async sign(raw: Buffer): Promise<Buffer> {
      const { signatures } = await dkimSign(raw, { signatureData: [{ signingDomain: domain, selector, privateKey: privateKey.export({ type: "pkcs8", format: "pem" }) }] });
      return Buffer.concat([Buffer.from(signatures), raw]);
    },
  };
}

/** DNS for the test: TXT records of the given domains, and "not found" for every other name. */
export function resolverOf(...domains: { records: Record<string, string> }[]): Resolver {
  const records: Record<string, string> = Object.assign({}, ...domains.map((d) => d.records));
  return async (name, type) => {
    const value = type === "TXT" ? records[name.toLowerCase()] : undefined;
    if (value === undefined) throw Object.assign(new Error(`${name} ${type}: not found`), { code: "ENOTFOUND" });
    return [[value]];
  };
}
