import type { Metadata } from "next";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staff.signIn.confirmTitle, referrer: "same-origin" };
}

/**
 * The magic link lands here, not on Auth.js's callback: mail scanners fetch
 * every link, and the callback would spend the one-time token. The button
 * follows the callback only when a person presses it.
 */
export default async function ConfirmSignInPage({ searchParams }: PageProps<"/staff/sign-in/confirm">) {
  const { callback } = await searchParams;
  const url = typeof callback === "string" ? safeCallback(callback) : null;
  const t = messages(await staffLanguage()).staff.signIn;
  return (
    <main id="main" className="staff-narrow">
      {url ? (
        <>
          <h1>{t.confirmHeading}</h1>
          <form action={url.pathname} method="get">
            {[...url.searchParams].map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit">{t.signIn}</button>
          </form>
        </>
      ) : (
        <>
          <h1>{t.invalidLink}</h1>
          <p className="lead">{t.invalidLinkHint}</p>
        </>
      )}
    </main>
  );
}

/** Only our own Auth.js email callback may be followed from here. */
function safeCallback(callback: string): URL | null {
  try {
    const url = new URL(callback);
    return url.origin === new URL(env().APP_URL).origin && url.pathname === "/api/auth/callback/email" ? url : null;
  } catch {
    return null;
  }
}
