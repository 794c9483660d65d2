import Link from "next/link";
import type { ReactNode } from "react";
import type { Portal } from "@/db/schema";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { DocumentLanguage } from "@/app/document-language";

/**
 * The frame of every requester page: the operator's name, the languages the
 * portal speaks (links that keep the page and its token), the content in the
 * chosen language, and a footer naming the operator and its contact address.
 */
export function PortalShell({
  portal,
  language,
  path,
  query = {},
  children,
}: {
  portal: Portal;
  language: Language;
  path: string;
  query?: Record<string, string>;
  children: ReactNode;
}) {
  const t = messages(language);
  return (
    <div className="portal">
      <DocumentLanguage lang={language} dir={t.common.dir} />
      <header className="portal-header">
        <Link href={`/p/${portal.slug}?lang=${language}`} className="portal-name">
          {portal.name}
        </Link>
        {portal.languages.length > 1 && (
          <nav aria-label={t.portal.languageLabel} className="languages">
            {portal.languages.map((l) => (
              <Link
                key={l}
                href={{ pathname: path, query: { ...query, lang: l } }}
                aria-current={l === language ? "true" : undefined}
                lang={l}
                hrefLang={l}
              >
                {messages(l).common.languageName}
              </Link>
            ))}
          </nav>
        )}
      </header>
      <main id="main" className="portal-main">
        {children}
      </main>
      <footer className="portal-footer">
        {t.portal.footer.operator(portal.name)} <a href={`mailto:${portal.contactEmail}`}>{portal.contactEmail}</a>
      </footer>
    </div>
  );
}
