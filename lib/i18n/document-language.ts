import "server-only";
import { headers } from "next/headers";
import { PAGE_PATH_HEADER } from "../http/page-path";
import { staffLanguage } from "../staff/language";
import type { Language } from "./languages";

/**
 * The language of the page being rendered, for `<html lang>` (WCAG 3.1.1):
 * a staff page speaks its member's language (issue 16); every other page English.
 */
export async function documentLanguage(): Promise<Language> {
  const path = (await headers()).get(PAGE_PATH_HEADER) ?? "";
  return path === "/staff" || path.startsWith("/staff/") ? staffLanguage() : "en";
}
