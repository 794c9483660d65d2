import type { Period } from "./types";

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

function count(n: number, singular: string): string {
  return `${SMALL[n] ?? n} ${singular}${n === 1 ? "" : "s"}`;
}

/** "one calendar month", "45 calendar days", "10 working days" */
export function describePeriod({ count: n, unit }: Period): string {
  switch (unit) {
    case "months":
      return count(n, "calendar month");
    case "calendar-days":
      return count(n, "calendar day");
    case "working-days":
      return count(n, "working day");
    case "business-days":
      return count(n, "business day");
  }
}

export function days(n: number): string {
  return count(n, "day");
}

/** 29 → "29th", 31 → "31st" */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}
