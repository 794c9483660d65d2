import { agentForm } from "./agent-form";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { inbound } from "./inbound";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staffCalendar } from "./staff-calendar";
import { staffInbound } from "./staff-inbound";
import { staffMailbox } from "./staff-mailbox";
import { staffAgents } from "./staff-agents";
import { staffAgentForm } from "./staff-agent-form";
import { staff } from "./staff";
import { staffCase } from "./staff-case";
import { staffEmails } from "./staff-emails";
import { staffErrors } from "./staff-errors";

export const en = { common, emails, requestTypes, portal, rejectionGrounds, appeals, staffCalendar, inbound, staffInbound, staffMailbox, staffAgents, agentForm, staffAgentForm, staff, staffCase, staffErrors, staffEmails };
