import { Fragment } from "react";
import type { RequesterIdentity } from "@/db/schema";
import type { Messages } from "@/lib/i18n/catalogue";

/** The order the laws (KVKK, 152-FZ) list what the request must carry. */
const FIELDS: (keyof RequesterIdentity)[] = [
  "tcIdentityNumber",
  "nationality",
  "foreignDocumentNumber",
  "noticeAddress",
  "phone",
  "documentNumber",
  "documentIssuedOn",
  "documentIssuer",
  "signature",
];

/**
 * The identity details the portal's law requires, under staff's names for
 * them (`labels`), shown on the request page and nowhere else (not the queue,
 * register, exports, audit or emails). Each is the requester's own text, so it is isolated
 * from the label beside it, like the name (issue 8.11).
 */
export function IdentityDetails({ identity, labels }: { identity: RequesterIdentity | null; labels: Messages["staffCase"]["identity"] }) {
  return FIELDS.filter((key) => identity?.[key]).map((key) => (
    <Fragment key={key}>
      <dt>{labels[key]}</dt>
      <dd>
        <bdi>{identity![key]}</bdi>
      </dd>
    </Fragment>
  ));
}
