"use client";

import { useState, type FormEvent } from "react";
import { answerSchema, type AnswerError } from "@/lib/validation/answer";
import { answerAction } from "../actions";

/**
 * The answer to the privacy team's question: a plain form posting to the
 * server action, so it works without JavaScript. With JavaScript the server's
 * own schema checks the answer first, so a refused answer stays in the box,
 * with the reason beside it, instead of being lost to the page reload.
 */
export function AnswerForm({
  slug,
  token,
  language,
  labels,
}: {
  slug: string;
  token: string;
  language: string;
  labels: { label: string; submit: string; errors: Record<AnswerError, string> };
}) {
  const [error, setError] = useState<AnswerError>();
  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = answerSchema.safeParse(new FormData(event.currentTarget).get("answer") ?? "");
    if (parsed.success) return setError(undefined);
    event.preventDefault();
    setError(parsed.error.issues[0]!.message as AnswerError);
  };
  return (
    <form action={answerAction} onSubmit={check} noValidate className="inline-form">
      <input type="hidden" name="portal" value={slug} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="lang" value={language} />
      <label htmlFor="answer">{labels.label}</label>
      <textarea id="answer" name="answer" rows={5} required maxLength={5000} aria-invalid={!!error} aria-describedby={error ? "answer-error" : undefined} />
      {error && (
        <p id="answer-error" role="alert" className="field-error">
          {labels.errors[error]}
        </p>
      )}
      <button type="submit">{labels.submit}</button>
    </form>
  );
}
