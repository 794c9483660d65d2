export const common = {
  languageName: "English",
  /** Dates in explanations and emails, e.g. "Monday, 2 March 2026". */
  locale: "en-GB",
  /** The `dir` of every page and email in this language. */
  dir: "ltr" as "ltr" | "rtl",
  skipLink: "Skip to content",
  /** The site's own title and description: every page title ends in the site name. */
  siteName: "Rightsdesk",
  siteTitle: "Rightsdesk — data-subject-rights requests",
  siteDescription: "A self-hosted portal for data-subject-rights requests, with a legal deadline engine that explains every due date.",
};
