import type { Messages } from "../../catalogue";
import { common } from "./common";

export const uz = { common } satisfies Messages;
