import "server-only";
import { headers } from "next/headers";
import { PAGE_URL_HEADER } from "../http/page-url";
import { requesterContext } from "../requests/context";
import { staffLanguage } from "../staff/language";
import { requesterLanguage, type Language } from "./languages";

/**
 * The language of the page being rendered, for the root layout's `<html lang dir>`
 * and the site-wide metadata: a portal's pages speak as the page itself picks
 * (`?lang`, Accept-Language, the portal's default), the desk speaks the staff
 * member's language, and the rest of the site is English.
 */
export async function documentLanguage(): Promise<Language> {
  const head = await headers();
  const url = new URL(head.get(PAGE_URL_HEADER) ?? "/", "http://page");
  const slug = /^\/p\/([^/]+)/.exec(url.pathname)?.[1];
  if (slug !== undefined) {
    const context = await requesterContext(decodeURIComponent(slug));
    return requesterLanguage(context?.portal, { chosen: url.searchParams.get("lang"), acceptLanguage: head.get("accept-language") });
  }
  if (/^\/staff(\/|$)/.test(url.pathname)) return staffLanguage();
  return "en";
}
