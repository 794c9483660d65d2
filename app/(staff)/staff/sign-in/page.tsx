import type { Metadata } from "next";
import { magicLinkAction, passwordAction } from "./actions";

export const metadata: Metadata = { title: "Staff sign-in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That email and password do not match a staff member.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
};

/**
 * Password sign-in paused by the limits: said the same way whether or not the
 * address has an account. The wait comes as a number of minutes, within the
 * longest pause.
 */
function limitedMessage(minutes: unknown): string {
  const n = Number(minutes);
  const wait = Number.isInteger(n) && n >= 1 && n <= 60 ? `${n} minute${n === 1 ? "" : "s"}` : "a few minutes";
  return `Too many sign-in attempts: password sign-in is paused for this address or from this network. Try again in ${wait}, or ask for a sign-in link by email.`;
}

/** Staff sign in with a magic link, or with a password where the install has no mail. */
export default async function SignInPage({ searchParams }: PageProps<"/staff/sign-in">) {
  const { error, code, minutes } = await searchParams;
  const message =
    error === "CredentialsSignin" && code === "limited"
      ? limitedMessage(minutes)
      : typeof error === "string"
        ? (ERRORS[error] ?? "Sign-in failed. Please try again.")
        : undefined;
  return (
    <main id="main" className="staff-narrow">
      <h1>Staff sign-in</h1>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <form action={magicLinkAction} className="inline-form">
        <label htmlFor="magic-email">Work email</label>
        <input id="magic-email" name="email" type="email" autoComplete="email" required />
        <button type="submit">Email me a sign-in link</button>
      </form>
      <h2>Or with a password</h2>
      <form action={passwordAction} className="inline-form">
        <label htmlFor="password-email">Work email</label>
        <input id="password-email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
