/**
 * The request header proxy.ts sets to the page's path, for the root layout:
 * a layout is not told its URL, and `<html lang>` depends on it. Any value a
 * client sent under this name is replaced.
 */
export const PAGE_PATH_HEADER = "x-rightsdesk-path";
