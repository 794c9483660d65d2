export const common = {
  languageName: "English",
  /** Dates in explanations and emails, e.g. "Monday, 2 March 2026". */
  locale: "en-GB",
};
