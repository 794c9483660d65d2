import type { RequestType } from "../deadlines";
import { messages } from "./catalogue";
import { formatAlternatives } from "./format";
import type { Language } from "./languages";

/** The portal home page's first sentence, naming only the requests the portal offers, in their order. */
export function portalIntro(operator: string, types: readonly RequestType[], language: Language): string {
  const home = messages(language).portal.home;
  return home.intro(operator, formatAlternatives(types.map((type) => home.introActions[type]), language));
}
