import type { Messages } from "../../catalogue";
import { acknowledgementChannels } from "./acknowledgement-channels";
import { agentForm } from "./agent-form";
import { appeals } from "./appeals";
import { common } from "./common";
import { emails } from "./emails";
import { inbound } from "./inbound";
import { portal } from "./portal";
import { rejectionGrounds } from "./rejection-grounds";
import { requestTypes } from "./request-types";
import { staffCalendar } from "./staff-calendar";
import { staffIdentity } from "./staff-identity";
import { staffInbound } from "./staff-inbound";
import { staffMailbox } from "./staff-mailbox";
import { staffAgents } from "./staff-agents";
import { staffAgentForm } from "./staff-agent-form";
import { staff } from "./staff";
import { staffCase } from "./staff-case";
import { staffEmails } from "./staff-emails";
import { staffErrors } from "./staff-errors";
import { staffOutbox } from "./staff-outbox";
import { staffReports } from "./staff-reports";
import { staffRetention } from "./staff-retention";
import { staffSettings } from "./staff-settings";
import { refusals } from "./refusals";


export const ru = { common, emails, requestTypes, portal, rejectionGrounds, appeals, staffCalendar, inbound, staffInbound, staffMailbox, staffAgents, agentForm, staffAgentForm, staff, staffCase, staffErrors, staffEmails, staffSettings, staffReports, staffOutbox, staffRetention, refusals, acknowledgementChannels, staffIdentity } satisfies Messages;
