import { authenticate, type Resolver } from "mailauth";
import { getAlignment } from "mailauth/lib/tools";
import type { InboundAuth } from "../../db/schema";

export type { Resolver };

/**
 * Whether the message proves its From address (DESIGN.md, Channels): SPF or
 * DKIM passed for a domain aligned with the From domain (DMARC's rule, relaxed
 * alignment). Where the From domain publishes a DMARC record, its verdict
 * stands; where it publishes none, the alignment is checked here the same way,
 * since a passing aligned signature proves the domain sent it either way. The
 * client's address for SPF is read from the newest Received header, which the
 * portal's own mail server wrote. DNS goes through `resolver` (tests serve
 * their own records).
 */
export async function authenticateSender(raw: Buffer, { fromAddress, resolver, mta }: { fromAddress: string; resolver?: Resolver; mta: string }): Promise<InboundAuth> {
  const result = await authenticate(raw, { resolver, trustReceived: true, mta, disableArc: true, disableBimi: true });
  const fromDomain = fromAddress.split("@").pop()!.toLowerCase();
  const dkimPassing = (result.dkim.results ?? []).filter((r) => r.status.result === "pass").map((r) => r.signingDomain.toLowerCase());
  const spfPassing = result.spf && result.spf.status.result === "pass" && result.spf.domain ? [result.spf.domain.toLowerCase()] : [];
  const dmarc = result.dmarc ? result.dmarc.status.result : "none";
  const aligned = getAlignment(fromDomain, dkimPassing) || getAlignment(fromDomain, spfPassing);
  const proved = dmarc === "pass" || (dmarc === "none" && Boolean(aligned));
  return {
    proved,
    spf: result.spf ? result.spf.status.result : "none",
    dkim: dkimPassing.length > 0 ? "pass" : (result.dkim.results?.[0]?.status.result ?? "none"),
    dmarc,
    domain: proved ? fromDomain : undefined,
  };
}
