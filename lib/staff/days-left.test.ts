import { expect, it } from "vitest";
import { daysLeft, describeDaysLeft, urgency } from "./days-left";

it("counts days to the due day from today in the portal's zone, not UTC", () => {
  // 20:30 UTC on 1 Mar is already 2 Mar in Tashkent.
  expect(daysLeft("2026-03-05", new Date("2026-03-01T20:30:00Z"), "Asia/Tashkent")).toBe(3);
  expect(daysLeft("2026-03-05", new Date("2026-03-01T20:30:00Z"), "Europe/Berlin")).toBe(4);
  expect(daysLeft("2026-03-01", new Date("2026-03-02T10:00:00Z"), "Europe/Berlin")).toBe(-1);
});

it.each([
  [-2, "overdue", "overdue by 2 days"],
  [-1, "overdue", "overdue by 1 day"],
  [0, "due-soon", "due today"],
  [3, "due-soon", "3 days left"],
  [4, "", "4 days left"],
  [1, "due-soon", "1 day left"],
] as const)("%i days → %s, %s", (days, level, words) => {
  expect(urgency(days)).toBe(level);
  expect(describeDaysLeft(days, "en")).toBe(words);
});

it.each([
  [-1, "просрочен на 1 день"],
  [-3, "просрочен на 3 дня"],
  [-5, "просрочен на 5 дней"],
  [-21, "просрочен на 21 день"],
  [0, "срок сегодня"],
  [1, "остался 1 день"],
  [2, "осталось 2 дня"],
  [11, "осталось 11 дней"],
] as const)("in Russian, %i days are %s (the language's plural forms)", (days, words) => {
  expect(describeDaysLeft(days, "ru")).toBe(words);
});
