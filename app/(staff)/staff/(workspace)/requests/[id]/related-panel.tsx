import Link from "next/link";
import type { DsrRequest } from "@/db/schema";
import type { RelatedRequests } from "@/lib/cases/case-page";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { keepDuplicateAction, mergeDuplicateAction } from "./actions";

/** Other requests this one is tied to: the decision it appeals or its appeal, a possible duplicate, the free-request limit. */
export function RelatedPanel({
  request,
  related: { appeal, appealOf, duplicateOf, overLimit },
  canAct,
  language,
}: {
  request: DsrRequest;
  related: RelatedRequests;
  canAct: boolean;
  language: Language;
}) {
  if (!appeal && !appealOf && !duplicateOf && !overLimit) return null;
  const t = messages(language).staffCase.related;
  const id = <input type="hidden" name="id" value={request.id} />;
  return (
    <section className="panel" aria-label={t.label}>
      {appealOf && (
        <p>
          {t.appealOf} <RequestLink {...appealOf} />
          {t.appealOfTail}
        </p>
      )}
      {appeal && (
        <p>
          {t.appealed} <RequestLink {...appeal} />.
        </p>
      )}
      {duplicateOf && request.duplicateState === "flagged" && (
        <div role="alert" data-duplicate-of={duplicateOf.reference}>
          <p>
            <strong>{t.possibleDuplicate}</strong> {t.duplicateOf} <RequestLink {...duplicateOf} />
            {t.duplicateTail}
          </p>
          {canAct && (
            <div className="inline-form">
              <form action={mergeDuplicateAction}>
                {id}
                <button type="submit">{t.mergeInto(duplicateOf.reference)}</button>
              </form>
              <form action={keepDuplicateAction}>
                {id}
                <button type="submit">{t.keepBoth}</button>
              </form>
            </div>
          )}
        </div>
      )}
      {duplicateOf && request.duplicateState === "merged" && (
        <p>
          {t.mergedInto} <RequestLink {...duplicateOf} />
          {t.mergedTail}
        </p>
      )}
      {duplicateOf && request.duplicateState === "kept" && (
        <p>
          {t.keptOf} <RequestLink {...duplicateOf} />
          {t.keptTail}
        </p>
      )}
      {overLimit && (
        <p role="note" data-free-limit={overLimit.count}>
          <strong>{t.overLimit}</strong> {t.overLimitText(overLimit.count, overLimit.limit.months, overLimit.limit.source, overLimit.limit.count)}
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
