import { common } from "./common";
import { emails } from "./emails";

export const en = { common, emails };
