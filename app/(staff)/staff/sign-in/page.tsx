import type { Metadata } from "next";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";
import { magicLinkAction, passwordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staff.signIn.title };
}

type Words = Messages["staff"]["signIn"];

/**
 * Password sign-in paused by the limits: said the same way whether or not the
 * address has an account. The wait comes as a number of minutes, within the
 * longest pause.
 */
function limitedMessage(minutes: unknown, t: Words): string {
  const n = Number(minutes);
  return t.limited(Number.isInteger(n) && n >= 1 && n <= 60 ? n : null);
}

/** The words for Auth.js's error in the URL; only its known names are worded, anything else is a plain failure. */
function errorMessage(error: unknown, code: unknown, minutes: unknown, t: Words): string | undefined {
  if (typeof error !== "string") return undefined;
  if (error === "CredentialsSignin") return code === "limited" ? limitedMessage(minutes, t) : t.wrongPassword;
  return error === "Verification" ? t.linkExpired : t.failed;
}

/** Staff sign in with a magic link, or with a password where the install has no mail; in the browser's language until they pick one. */
export default async function SignInPage({ searchParams }: PageProps<"/staff/sign-in">) {
  const { error, code, minutes } = await searchParams;
  const t = messages(await staffLanguage()).staff.signIn;
  const message = errorMessage(error, code, minutes, t);
  return (
    <main id="main" className="staff-narrow">
      <h1>{t.heading}</h1>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <form action={magicLinkAction} className="inline-form">
        <label htmlFor="magic-email">{t.workEmail}</label>
        <input id="magic-email" name="email" type="email" autoComplete="email" required />
        <button type="submit">{t.emailLink}</button>
      </form>
      <h2>{t.withPassword}</h2>
      <form action={passwordAction} className="inline-form">
        <label htmlFor="password-email">{t.workEmail}</label>
        <input id="password-email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">{t.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit">{t.signIn}</button>
      </form>
    </main>
  );
}
