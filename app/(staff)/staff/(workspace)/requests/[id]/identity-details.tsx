import { Fragment } from "react";
import type { RequesterIdentity } from "@/db/schema";

/** Staff's names for what KVKK or 152-FZ made the request carry, in the order the law lists them. */
const LABELS: Record<keyof RequesterIdentity, string> = {
  tcIdentityNumber: "T.C. identity number",
  nationality: "Nationality",
  foreignDocumentNumber: "Passport or ID number",
  noticeAddress: "Address for notices",
  phone: "Phone",
  documentNumber: "Identity document number",
  documentIssuedOn: "Document issued on",
  documentIssuer: "Document issued by",
  signature: "Signed (simple electronic signature)",
};

/**
 * The identity details the portal's law requires, shown on the request page
 * and nowhere else (not the queue, register, exports, audit or emails).
 */
export function IdentityDetails({ identity }: { identity: RequesterIdentity | null }) {
  const rows = Object.entries(LABELS).filter(([key]) => identity?.[key as keyof RequesterIdentity]);
  return rows.map(([key, label]) => (
    <Fragment key={key}>
      <dt>{label}</dt>
      <dd>{identity![key as keyof RequesterIdentity]}</dd>
    </Fragment>
  ));
}
