import type { Metadata } from "next";
import { messages } from "@/lib/i18n/catalogue";
import { staffLanguage } from "@/lib/staff/language";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messages(await staffLanguage()).staff.signIn.checkEmailTitle };
}

export default async function CheckEmailPage() {
  const t = messages(await staffLanguage()).staff.signIn;
  return (
    <main id="main" className="staff-narrow">
      <h1>{t.checkEmailTitle}</h1>
      <p className="lead">{t.checkEmail}</p>
      <p>{t.checkEmailLimit}</p>
    </main>
  );
}
