/** The annual report page, its chart and its CSV, as staff read them. */
export const staffReports = {
  title: "Annual report",
  intro:
    "Requests received in the calendar year (in each portal's time zone), with the status each has now. Days to respond run from receipt to the decision (completed or rejected); on time means decided by the due time.",
  choose: "Choose the report",
  year: "Year",
  portal: "Portal",
  allPortals: "All my portals",
  show: "Show",
  download: "Download CSV",
  heading: (portal: string, year: number) => `${portal}, ${year}`,
  ccpaNote: "Laid out as 11 CCR §7102(a) requires of a business under the CCPA.",
  noPortals: "You are not a member of any portal.",
  /** Column headings; under the CCPA some follow §7102's own words. */
  columns: {
    type: "Request type",
    ccpaType: "Kind of request",
    received: "Received",
    completed: "Completed in whole or in part",
    ccpaCompleted: "Complied with in whole or in part",
    rejected: "Rejected",
    ccpaRejected: "Denied",
    byReason: "Rejected by reason",
    withdrawn: "Withdrawn",
    pending: "Still open",
    median: "Median days to respond",
    mean: "Mean days to respond",
    onTime: "On time",
  },
  /** 11 CCR §7102(a)'s kinds of request, the lines of a CCPA portal's report. */
  ccpaGroups: {
    know: "Requests to know",
    delete: "Requests to delete",
    correct: "Requests to correct",
    "opt-out": "Requests to opt out of sale or sharing",
    limit: "Requests to limit use of sensitive personal information",
  },
  chart: {
    title: (report: string) => `${report}: requests received and completed, by kind; the table gives the figures`,
    bar: (line: string, series: string, value: string) => `${line}, ${series}: ${value}`,
    received: "received",
    completed: "completed in whole or in part",
  },
  /** The CSV's header row and its words for the layout; figures stay plain numbers for spreadsheets. */
  csv: {
    year: "year",
    portal: "portal",
    regime: "regime",
    layout: "layout",
    request: "request",
    received: "received",
    completed: "completed in whole or in part",
    rejected: "rejected (denied)",
    byReason: "rejected by reason",
    withdrawn: "withdrawn",
    pending: "still open",
    median: "median days to respond",
    mean: "mean days to respond",
    onTime: "on time (%)",
    perType: "per request type",
  },
  /** Rejection reasons that are not grounds of the reject form. */
  reasons: {
    appealDenied: "Appeal denied: the original decision stands",
    unspecified: "No reason recorded",
  },
};
