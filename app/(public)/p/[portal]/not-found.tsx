import { messages } from "@/lib/i18n/catalogue";

export default function PortalNotFound() {
  return (
    <main id="main" className="portal-main">
      <h1>404</h1>
      <p>{messages("en").portal.notFound}</p>
    </main>
  );
}
