import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "../../db/testing";
import { assignRequest } from "../cases/assign";
import { chooseStaffLanguage } from "../staff/preferences";
import { sweepDailyDigests } from "./daily-digest";
import { sweepDeadlineReminders } from "./deadline-reminders";
import { addStaff, APP, openRequest, outbox } from "./test-fixtures";

const db = tempDbPerTest();

/**
 * Deepen (14 days, Tashkent): Ali picked Russian for the desk, Bo never picked
 * a language. Each is assigned a deletion request due on Monday 26 January 2026.
 */
async function team() {
  const ali = await addStaff(db(), "deepen", "agent", "ali@deepen.test");
  const bo = await addStaff(db(), "deepen", "agent", "bo@deepen.test");
  await chooseStaffLanguage(db(), { userId: ali.id, language: "ru" });
  const assigned = async (to: string) => {
    const r = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: new Date("2026-01-12T05:00:00Z"), by: to });
    await assignRequest(db(), { request: await r.request(), assigneeId: to, by: { staff: to }, now: new Date("2026-01-12T05:00:00Z") });
    return r.request();
  };
  const forAli = await assigned(ali.id);
  const forBo = await assigned(bo.id);
  expect([forAli.dueDate, forBo.dueDate]).toEqual(["2026-01-26", "2026-01-26"]);
  return { ali, bo, forAli, forBo };
}

describe("staff emails in the recipient's language", () => {
  it("a member who picked Russian gets the deadline reminder in Russian, with staff-voice labels; one who never picked gets English", async () => {
    const { forAli, forBo } = await team();
    await sweepDeadlineReminders(db(), { now: new Date("2026-01-23T06:00:00Z"), appUrl: APP });
    const reminders = await outbox(db(), "deadline-reminder");
    const toAli = reminders.filter((m) => m.to === "ali@deepen.test");
    const toBo = reminders.filter((m) => m.to === "bo@deepen.test");
    expect(toAli.length).toBeGreaterThan(0);
    expect(toBo.length).toBe(toAli.length);
    for (const m of toAli) {
      expect(m.language).toBe("ru");
      expect(m.subject).toMatch(new RegExp(`^Остал(ся|ось) \\d+ д(ень|ня|ней): ${forAli.reference} — Deepen$`));
      expect(m.text).toContain("На этот запрос нужно ответить до конца дня 26 января 2026 г.");
      expect(m.text).toContain("Вид запроса: Уничтожение");
      expect(m.text).toContain("Вы получили это письмо, потому что запрос назначен вам.");
      expect(m.text).toContain(`Открыть запрос:\n${APP}/staff/requests/${forAli.id}`);
      expect(m.html).toContain('<html lang="ru" dir="ltr">');
      expect(m.text).not.toMatch(/Delete my data|Deletion|Open the request/);
    }
    for (const m of toBo) {
      expect(m.language).toBe("en");
      expect(m.subject).toMatch(new RegExp(`^\\d+ days? left: ${forBo.reference} at Deepen$`));
      expect(m.text).toContain("Type: Deletion");
      expect(m.text).toContain("This request must be answered by the end of Mon 26 Jan 2026.");
    }
  });

  it("a member who picked Russian gets the daily digest in Russian", async () => {
    const { forAli, forBo } = await team();
    await sweepDailyDigests(db(), { now: new Date("2026-01-21T08:00:00Z"), appUrl: APP });
    const digests = await outbox(db(), "daily-digest");
    const toAli = digests.find((m) => m.to === "ali@deepen.test")!;
    expect(toAli.language).toBe("ru");
    expect(toAli.subject).toBe("Сводка Rightsdesk: просрочено 0, ваших со сроком на этой неделе 1");
    expect(toAli.text).toContain(
      `Назначено вам, срок в ближайшие 7 дней (1)\n------------------------------------------\n\n- ${forAli.reference}, Уничтожение (Deepen), осталось 5 дней: ${APP}/staff/requests/${forAli.id}`,
    );
    expect(toAli.text).toContain(`Открыть очередь:\n${APP}/staff`);
    expect(toAli.text).toContain("Вы получили это письмо как сотрудник команды по защите персональных данных в Rightsdesk.");
    expect(toAli.html).toContain('<html lang="ru" dir="ltr">');
    const toBo = digests.find((m) => m.to === "bo@deepen.test")!;
    expect(toBo.language).toBe("en");
    expect(toBo.text).toContain(`- ${forBo.reference}, Deletion (Deepen), 5 days left: ${APP}/staff/requests/${forBo.id}`);
  });
});
