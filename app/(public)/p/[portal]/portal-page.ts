import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { messages } from "@/lib/i18n/catalogue";
import { pickLanguage } from "@/lib/i18n/languages";
import { requesterContext } from "@/lib/requests/context";

/** The portal named in the URL (with its requester context), or 404, and the language to speak on this page. */
export async function loadPortalPage(slug: string, lang: string | string[] | undefined) {
  const context = (await requesterContext(slug)) ?? notFound();
  const { portal } = context;
  const language = pickLanguage(portal.languages, portal.defaultLanguage, {
    chosen: typeof lang === "string" ? lang : undefined,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { ...context, language, t: messages(language) };
}

/** The first value of a search parameter. */
export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
