import type { Language } from "../lib/i18n/languages";

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One email: rendered to HTML and plain text in the recipient's language, with sample props for previews and tests. */
export interface EmailTemplate<Props> {
  name: string;
  render(props: Props, language: Language): RenderedEmail;
  preview: Props;
}
