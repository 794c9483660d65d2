import type { Messages } from "../../catalogue";
import { common } from "./common";

export const tr = { common } satisfies Messages;
