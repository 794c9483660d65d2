import "server-only";
import type { Executor } from "../../db/client";
import { listRequestsReceived } from "../../db/views/reports";
import type { Portal } from "../../db/schema";
import { APPEAL_DENIED } from "../appeals/decide";
import { REJECTION_GROUND_IDS, type RejectionGroundId } from "../deadlines";
import { zonedInstant } from "../deadlines/zone";
import { messages, type Messages } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";
import { reportGroups, summarise, UNSPECIFIED_REASON, type ReportLine } from "./annual";

export interface PortalReport {
  portal: Pick<Portal, "id" | "slug" | "name" | "regime" | "timeZone">;
  year: number;
  /** The CCPA's §7102 layout, or one line per request type. */
  layout: "ccpa-7102" | "per-type";
  lines: ReportLine[];
  /** The reader's words for each rejection reason counted in `lines`. */
  reasons: Record<string, string>;
}

/** The earliest calendar year a report may be asked for. */
const FIRST_YEAR = 2000;

/**
 * A portal's figures for a calendar year in its own time zone: the requests it
 * received from 1 January 00:00 to 31 December 24:00 local time, each counted
 * with the status it has now. Its lines are labelled in the reader's `language`.
 */
export async function portalReport(db: Executor, { portal, year, language }: { portal: Portal; year: number; language: Language }): Promise<PortalReport> {
  const from = zonedInstant(`${year}-01-01`, "00:00", portal.timeZone);
  const to = zonedInstant(`${year + 1}-01-01`, "00:00", portal.timeZone);
  const rows = await listRequestsReceived(db, { portalId: portal.id, from, to });
  const { staffReports, staff } = messages(language);
  const groups = reportGroups({ regime: portal.regime, offered: portal.requestTypes, present: new Set(rows.map((r) => r.type)), labels: { ccpaGroups: staffReports.ccpaGroups, requestTypes: staff.types } });
  const lines = summarise(groups, rows);
  const codes = new Set(lines.flatMap((l) => Object.keys(l.rejectedByReason)));
  return {
    portal: { id: portal.id, slug: portal.slug, name: portal.name, regime: portal.regime, timeZone: portal.timeZone },
    year,
    layout: portal.regime === "us-ca-ccpa" ? "ccpa-7102" : "per-type",
    lines,
    reasons: Object.fromEntries([...codes].map((code) => [code, reasonLabel(code, messages(language))])),
  };
}

/** A stored rejection reason in the reader's words: a ground as the reject form names it, a denied appeal, or none recorded. */
function reasonLabel(code: string, { rejectionGrounds, staffReports }: Messages): string {
  if ((REJECTION_GROUND_IDS as readonly string[]).includes(code)) return rejectionGrounds[code as RejectionGroundId];
  if (code === APPEAL_DENIED) return staffReports.reasons.appealDenied;
  if (code === UNSPECIFIED_REASON) return staffReports.reasons.unspecified;
  return code;
}

/** The year asked for, if it is a whole number in range; else the current year in UTC. */
export function reportYear(raw: unknown, now: Date): number {
  const year = Number(raw);
  const current = now.getUTCFullYear();
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= current ? year : current;
}
