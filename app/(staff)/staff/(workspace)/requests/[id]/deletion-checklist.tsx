"use client";

import { useState } from "react";
import { addDays } from "@/lib/deadlines/dates";
import { earliestKeepUntil, type ChecklistBasis } from "@/lib/retention/checklist";

/** A basis with its words, worded on the server in the member's language: the option, and an anchored basis's date label and hint. */
export type Basis = ChecklistBasis & { option: string; anchorLabel?: string; anchorHint?: string };
/** The checklist's fixed words in the member's language (plain strings: they cross to the browser). */
export interface ChecklistWords {
  outcome: string;
  choose: string;
  deleted: string;
  alwaysDeleted: string;
  keptUntil: string;
}

/**
 * One row per data category: deleted, or kept under one of the bases allowed
 * for it. A category no basis may keep offers only "Deleted". Choosing an
 * anchored basis asks for its anchor date and fills keep-until with that date
 * plus the basis's period; the server checks all of it again.
 */
export function DeletionChecklist({ categories, today, t }: { categories: { name: string; bases: Basis[] }[]; today: string; t: ChecklistWords }) {
  return (
    <>
      {categories.map((category, i) => (
        <CategoryOutcome key={category.name} index={i} name={category.name} bases={category.bases} today={today} t={t} />
      ))}
    </>
  );
}

function CategoryOutcome({ index: i, name, bases, today, t }: { index: number; name: string; bases: Basis[]; today: string; t: ChecklistWords }) {
  const [choice, setChoice] = useState(bases.length === 0 ? "deleted" : "");
  const [anchor, setAnchor] = useState("");
  const [until, setUntil] = useState("");
  const basis = bases.find((b) => String(b.id) === choice);
  const earliest = basis && anchor ? earliestKeepUntil(basis, anchor) : null;
  const tomorrow = addDays(today, 1);
  const min = earliest && earliest > tomorrow ? earliest : tomorrow;

  const anchorChanged = (value: string) => {
    setAnchor(value);
    const next = basis && /^\d{4}-\d{2}-\d{2}$/.test(value) ? earliestKeepUntil(basis, value) : null;
    if (next && (!until || until < next)) setUntil(next > tomorrow ? next : tomorrow);
  };

  return (
    <fieldset className="outcome">
      <legend>
        <bdi>{name}</bdi>
      </legend>
      <label htmlFor={`outcome-${i}`}>{t.outcome}</label>
      <select id={`outcome-${i}`} name={`outcome-${i}`} required value={choice} onChange={(e) => setChoice(e.target.value)}>
        {bases.length > 0 && (
          <option value="" disabled>
            {t.choose}
          </option>
        )}
        <option value="deleted">{t.deleted}</option>
        {bases.map((b) => (
          <option key={b.id} value={b.id}>
            {b.option}
          </option>
        ))}
      </select>
      {bases.length === 0 && <p className="hint">{t.alwaysDeleted}</p>}
      {basis?.anchoredTo && (
        <>
          <label htmlFor={`anchor-${i}`}>{basis.anchorLabel}</label>
          <p id={`anchor-${i}-hint`} className="hint">
            {basis.anchorHint}
          </p>
          <input id={`anchor-${i}`} name={`anchor-${i}`} type="date" required value={anchor} aria-describedby={`anchor-${i}-hint`} onChange={(e) => anchorChanged(e.target.value)} />
        </>
      )}
      {bases.length > 0 && (
        <>
          <label htmlFor={`until-${i}`}>{t.keptUntil}</label>
          <input id={`until-${i}`} name={`until-${i}`} type="date" min={min} value={until} onChange={(e) => setUntil(e.target.value)} />
        </>
      )}
    </fieldset>
  );
}
