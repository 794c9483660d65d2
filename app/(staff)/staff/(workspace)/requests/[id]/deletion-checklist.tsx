"use client";

import { useState } from "react";
import { addDays } from "@/lib/deadlines/dates";
import { earliestKeepUntil, type ChecklistBasis } from "@/lib/retention/checklist";

type Basis = ChecklistBasis & { statute: string };

/**
 * One row per data category: deleted, or kept under one of the bases allowed
 * for it. A category no basis may keep offers only "Deleted". Choosing an
 * anchored basis asks for its anchor date and fills keep-until with that date
 * plus the basis's period; the server checks all of it again.
 */
export function DeletionChecklist({ categories, today }: { categories: { name: string; bases: Basis[] }[]; today: string }) {
  return (
    <>
      {categories.map((category, i) => (
        <CategoryOutcome key={category.name} index={i} name={category.name} bases={category.bases} today={today} />
      ))}
    </>
  );
}

function CategoryOutcome({ index: i, name, bases, today }: { index: number; name: string; bases: Basis[]; today: string }) {
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
      <label htmlFor={`outcome-${i}`}>Outcome</label>
      <select id={`outcome-${i}`} name={`outcome-${i}`} required value={choice} onChange={(e) => setChoice(e.target.value)}>
        {bases.length > 0 && (
          <option value="" disabled>
            Choose…
          </option>
        )}
        <option value="deleted">Deleted</option>
        {bases.map((b) => (
          <option key={b.id} value={b.id}>
            Kept: {b.label} ({b.statute})
          </option>
        ))}
      </select>
      {bases.length === 0 && <p className="hint">Always deleted: no retention basis allows keeping this category.</p>}
      {basis?.anchoredTo && (
        <>
          <label htmlFor={`anchor-${i}`}>Date of {basis.anchoredTo}</label>
          <p id={`anchor-${i}-hint`} className="hint">
            Kept at least {basis.defaultPeriodDays} days from this date; keep-until is filled from it.
          </p>
          <input id={`anchor-${i}`} name={`anchor-${i}`} type="date" required value={anchor} aria-describedby={`anchor-${i}-hint`} onChange={(e) => anchorChanged(e.target.value)} />
        </>
      )}
      {bases.length > 0 && (
        <>
          <label htmlFor={`until-${i}`}>Kept until (if kept)</label>
          <input id={`until-${i}`} name={`until-${i}`} type="date" min={min} value={until} onChange={(e) => setUntil(e.target.value)} />
        </>
      )}
    </fieldset>
  );
}
