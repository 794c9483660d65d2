import type { Messages } from "../../catalogue";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staffMailbox } from "./staff-mailbox";

export const ru = { common, emails, requestTypes, portal, rejectionGrounds, appeals, staffMailbox } satisfies Messages;
