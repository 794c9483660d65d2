"use client";

import { useActionState } from "react";
import { createCalendarFeedAction, type CalendarFeedFormState } from "./actions";

export interface CreateFeedWords {
  button: string;
  created: string;
  addressLabel: string;
  subscribeLink: string;
}

/** Creates (or replaces) the member's address; the answer carries it, shown here this once. */
export function CreateFeedForm({ words }: { words: CreateFeedWords }) {
  const [state, formAction, pending] = useActionState<CalendarFeedFormState, FormData>(createCalendarFeedAction, {});
  const url = state.done?.url;
  return (
    <>
      {url && (
        <div role="status" className="notice">
          <p>{words.created}</p>
          <p>
            <label htmlFor="calendar-address">{words.addressLabel}</label>
            <input id="calendar-address" readOnly value={url} size={Math.min(url.length, 80)} onFocus={(e) => e.currentTarget.select()} spellCheck={false} autoComplete="off" />
          </p>
          <p>
            <a href={url.replace(/^https?:/, "webcal:")}>{words.subscribeLink}</a>
          </p>
        </div>
      )}
      <form action={formAction}>
        {state.formError && (
          <p role="alert" className="form-error">
            {state.formError}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {words.button}
        </button>
      </form>
    </>
  );
}
