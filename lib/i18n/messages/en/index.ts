import { agentForm } from "./agent-form";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staffAgentForm } from "./staff-agent-form";

export const en = { common, emails, requestTypes, portal, rejectionGrounds, appeals, agentForm, staffAgentForm };
