import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import { portalIntro } from "@/lib/i18n/intro";
import { requesterLanguage } from "@/lib/i18n/languages";
import { requesterContext } from "@/lib/requests/context";

/** The portal named in the URL (with its requester context), or 404, and the language to speak on this page. */
export async function loadPortalPage(slug: string, lang: string | string[] | undefined) {
  const context = (await requesterContext(slug)) ?? notFound();
  const { portal } = context;
  const language = requesterLanguage(portal, {
    chosen: typeof lang === "string" ? lang : undefined,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  return { ...context, language, t: messages(language) };
}

/** A requester page's title and description, in the page's language. */
export async function portalMetadata(
  props: { params: Promise<{ portal: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> },
  title: (t: Messages, operator: string) => string,
): Promise<Metadata> {
  const { portal, language, t } = await loadPortalPage((await props.params).portal, param((await props.searchParams).lang));
  return { title: title(t, portal.name), description: portalIntro(portal.name, portal.requestTypes, language) };
}

/** The first value of a search parameter. */
export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
