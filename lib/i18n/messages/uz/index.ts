import type { Messages } from "../../catalogue";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staffOutbox } from "./staff-outbox";
import { staffReports } from "./staff-reports";
import { staffRetention } from "./staff-retention";
import { staffSettings } from "./staff-settings";

export const uz = { common, emails, requestTypes, portal, rejectionGrounds, appeals, staffSettings, staffReports, staffOutbox, staffRetention } satisfies Messages;
