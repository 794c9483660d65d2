import Link from "next/link";
import type { DsrRequest } from "@/db/schema";
import type { RelatedRequests } from "@/lib/cases/case-page";
import { keepDuplicateAction, mergeDuplicateAction } from "./actions";

/** Other requests this one is tied to: the decision it appeals or its appeal, a possible duplicate, the free-request limit. */
export function RelatedPanel({ request, related: { appeal, appealOf, duplicateOf, overLimit }, canAct }: { request: DsrRequest; related: RelatedRequests; canAct: boolean }) {
  if (!appeal && !appealOf && !duplicateOf && !overLimit) return null;
  const id = <input type="hidden" name="id" value={request.id} />;
  return (
    <section className="panel" aria-label="Related requests">
      {appealOf && (
        <p>
          Appeal of <RequestLink {...appealOf} />: decide it in writing, with reasons.
        </p>
      )}
      {appeal && (
        <p>
          The decision was appealed: <RequestLink {...appeal} />.
        </p>
      )}
      {duplicateOf && request.duplicateState === "flagged" && (
        <div role="alert" data-duplicate-of={duplicateOf.reference}>
          <p>
            <strong>Possible duplicate</strong> of <RequestLink {...duplicateOf} />: the same type, from the same address or account, within the portal&apos;s
            window. Nothing is merged unless you merge it.
          </p>
          {canAct && (
            <div className="inline-form">
              <form action={mergeDuplicateAction}>
                {id}
                <button type="submit">Merge into {duplicateOf.reference}</button>
              </form>
              <form action={keepDuplicateAction}>
                {id}
                <button type="submit">Keep both</button>
              </form>
            </div>
          )}
        </div>
      )}
      {duplicateOf && request.duplicateState === "merged" && (
        <p>
          Merged into <RequestLink {...duplicateOf} /> as a duplicate.
        </p>
      )}
      {duplicateOf && request.duplicateState === "kept" && (
        <p>
          Flagged as a possible duplicate of <RequestLink {...duplicateOf} />, and kept as a request of its own.
        </p>
      )}
      {overLimit && (
        <p role="note" data-free-limit={overLimit.count}>
          <strong>Over the free-request limit:</strong> this is request {overLimit.count} of its kind from this requester in {overLimit.limit.months} months;{" "}
          {overLimit.limit.source} allows {overLimit.limit.count} free of charge. Beyond that the law lets the operator charge a reasonable fee or decline
          a manifestly unfounded, excessive or repetitive request; decide, and say why.
        </p>
      )}
    </section>
  );
}

function RequestLink({ id, reference }: { id: number; reference: string }) {
  return (
    <Link href={`/staff/requests/${id}`} className="reference">
      {reference}
    </Link>
  );
}
