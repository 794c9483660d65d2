"use client";

import { useEffect } from "react";

/**
 * Keeps `<html lang dir>` on the page's language after a client-side navigation
 * (a language link, a form's redirect): the root layout set them for the first
 * page and is not rendered again when the next one arrives.
 */
export function DocumentLanguage({ lang, dir }: { lang: string; dir: "ltr" | "rtl" }) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
  return null;
}
