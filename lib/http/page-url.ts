/**
 * The request header in which the proxy hands every page its own path and query.
 * Layouts get neither (only pages get `searchParams`), yet the root layout must
 * know the page's language for `<html lang>` before anything renders.
 */
export const PAGE_URL_HEADER = "x-rightsdesk-page-url";
