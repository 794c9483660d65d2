import type { Messages } from "../../catalogue";
import { common } from "./common";

export const ru = { common } satisfies Messages;
