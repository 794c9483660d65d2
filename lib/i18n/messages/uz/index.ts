import type { Messages } from "../../catalogue";
import { common } from "./common";
import { emails } from "./emails";

export const uz = { common, emails } satisfies Messages;
