import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

export const acknowledgementChannels = {
  vouched: (portal: string) => `${quoteName(portal)} operatori uning xizmati orqali bergan soʻrovingizni oldi va uni quyidagi raqam bilan roʻyxatga oldi.`,
} satisfies Messages["acknowledgementChannels"];
