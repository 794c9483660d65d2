import type { Messages } from "../../catalogue";
import { common } from "./common";
import { emails } from "./emails";

export const ru = { common, emails } satisfies Messages;
