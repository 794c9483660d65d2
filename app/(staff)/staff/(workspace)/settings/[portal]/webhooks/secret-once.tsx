import { fill } from "@/lib/i18n/fill";

/** A signing secret, just made: shown this once, since only its encrypted form is kept. `shownOnce` words the warning around `what`. */
export function SecretOnce({ secret, what, shownOnce }: { secret: string; what: string; shownOnce: string }) {
  return (
    <div role="status" className="notice">
      <p>{fill(shownOnce, { what })}</p>
      <p>
        <code>{secret}</code>
      </p>
    </div>
  );
}
