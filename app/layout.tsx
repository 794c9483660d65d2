import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/catalogue";
import { documentLanguage } from "@/lib/i18n/document-language";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { common } = messages(await documentLanguage());
  return { title: { default: common.siteTitle, template: `%s · ${common.siteName}` }, description: common.siteDescription };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page's scripts carry the request's CSP nonce (proxy.ts), so no page may be prerendered.
  await connection();
  const language = await documentLanguage();
  const { common } = messages(language);
  return (
    <html lang={language} dir={common.dir}>
      <body>
        <a className="skip-link" href="#main">
          {common.skipLink}
        </a>
        {children}
      </body>
    </html>
  );
}
