/** A signing secret, just made: shown this once, since only its encrypted form is kept. */
export function SecretOnce({ secret, what }: { secret: string; what: string }) {
  return (
    <div role="status" className="notice">
      <p>{what} is shown only now: copy it into the receiving app, which verifies each delivery with it.</p>
      <p>
        <code>{secret}</code>
      </p>
    </div>
  );
}
