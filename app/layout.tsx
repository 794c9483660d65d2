import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { documentLanguage } from "@/lib/i18n/document-language";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Rightsdesk — data-subject-rights requests",
    template: "%s · Rightsdesk",
  },
  description:
    "A self-hosted portal for data-subject-rights requests, with a legal deadline engine that explains every due date.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page's scripts carry the request's CSP nonce (proxy.ts), so no page may be prerendered.
  await connection();
  return (
    <html lang={await documentLanguage()}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
