import type { Regime, Rule } from "../types";

/**
 * Federal Law No. 152-FZ "On Personal Data" as amended by 266-FZ (2022). Periods
 * in working days follow the production calendar and, as Civil Code art. 191
 * requires, start the day after the request arrives.
 */
const information: Rule = {
  source: "152-FZ art. 14(3) and art. 20(1)",
  period: { count: 10, unit: "working-days" },
  extension: { period: { count: 5, unit: "working-days" }, source: "152-FZ art. 14(3), with a reasoned notice to the subject" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
};

/** Art. 20(3): correct incomplete or inaccurate data, or destroy unlawful or unnecessary data, within 7 working days. */
const change: Rule = {
  source: "152-FZ art. 20(3)",
  period: { count: 7, unit: "working-days" },
  rollToWorkingDay: false,
  pausable: false,
  clockStart: "receipt",
};

/** Art. 21(5.1): a demand to stop processing, 10 working days, +5 with a reasoned notice. */
const stop: Rule = {
  ...information,
  source: "152-FZ art. 21(5.1)",
  extension: { period: { count: 5, unit: "working-days" }, source: "152-FZ art. 21(5.1), with a reasoned notice to the subject" },
};

export const ru152fz: Regime = {
  id: "ru-152fz",
  name: "Russia 152-FZ",
  rules: {
    access: information,
    portability: { ...information, note: "152-FZ has no right to portability; the request is answered as a request for information" },
    correction: change,
    deletion: { ...change, note: "destruction of data shown to be unlawfully obtained or not necessary for the stated purpose" },
    // Art. 21(1): blocking applies from the moment of the request ("с момента такого обращения"), so it is due the day it is submitted.
    restriction: { ...change, source: "152-FZ art. 21(1)", period: { count: 0, unit: "calendar-days" }, clockStart: "submission" },
    objection: { ...stop, note: "152-FZ knows no objection as such; the request is a demand to stop processing" },
    "stop-processing": stop,
    "consent-withdrawal": {
      source: "152-FZ art. 21(5)",
      period: { count: 30, unit: "calendar-days" },
      rollToWorkingDay: false,
      pausable: false,
      clockStart: "receipt",
    },
  },
  noPause: "152-FZ sets its periods from the request and has no provision that stops them",
};
