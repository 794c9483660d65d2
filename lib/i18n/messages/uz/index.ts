import type { Messages } from "../../catalogue";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staff } from "./staff";
import { staffCase } from "./staff-case";
import { staffEmails } from "./staff-emails";
import { staffErrors } from "./staff-errors";

export const uz = { common, emails, requestTypes, portal, rejectionGrounds, appeals, staff, staffCase, staffErrors, staffEmails } satisfies Messages;
