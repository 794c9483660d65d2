import { messages } from "@/lib/i18n/catalogue";
import { documentLanguage } from "@/lib/i18n/document-language";

/** No portal at this slug: said in the language the root layout picked for the page (?lang, else Accept-Language). */
export default async function PortalNotFound() {
  return (
    <main id="main" className="portal-main">
      <h1>404</h1>
      <p>{messages(await documentLanguage()).portal.notFound}</p>
    </main>
  );
}
