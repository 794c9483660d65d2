/** The parts of mailauth 4 (which ships no types) that lib/inbound uses. */
declare module "mailauth" {
  export type Resolver = (name: string, type: string) => Promise<unknown>;
  interface Status {
    result: string;
  }
  export interface AuthResult {
    dkim: { headerFrom?: string[]; results?: { signingDomain: string; status: Status }[] };
    spf: { domain?: string; status: Status } | false;
    dmarc: { status: Status; domain?: string } | false;
  }
  export function authenticate(
    message: Buffer | string,
    options: { resolver?: Resolver; trustReceived?: boolean; mta?: string; disableArc?: boolean; disableBimi?: boolean; ip?: string; sender?: string },
  ): Promise<AuthResult>;
}

declare module "mailauth/lib/tools" {
  export function getAlignment(fromDomain: string, domainList: string[], options?: { strict?: boolean }): { domain: string } | false | undefined;
}

declare module "mailauth/lib/dkim/sign" {
  export function dkimSign(
    message: Buffer | string,
    options: { canonicalization?: string; algorithm?: string; signTime?: Date; signatureData: { signingDomain: string; selector: string; privateKey: string | Buffer }[] },
  ): Promise<{ signatures: string; errors: unknown[] }>;
}
