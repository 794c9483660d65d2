import { describe, expect, it } from "vitest";
import { computeDeadline, DeadlineInputError, type DeadlineInput } from ".";

describe("Turkey KVKK art. 13(2): thirty days from the application", () => {
  const kvkk = (receivedAt: string, extra: Partial<DeadlineInput> = {}) =>
    computeDeadline({ regime: "tr-kvkk", type: "deletion", receivedAt: new Date(receivedAt), timeZone: "Europe/Istanbul", country: "TR", ...extra });

  it("Mon 2 Feb → Wed 4 Mar", () => {
    expect(kvkk("2026-02-02T10:00:00+03:00").dueDate).toBe("2026-03-04");
  });

  it("no roll: Thu 19 Feb → Sat 21 Mar (a Saturday in Ramazan Bayramı) stays", () => {
    expect(kvkk("2026-02-19T10:00:00+03:00").dueDate).toBe("2026-03-21");
  });

  it("the day in Istanbul: 21:30 UTC Sun 1 Feb is Mon 2 Feb → Wed 4 Mar", () => {
    expect(kvkk("2026-02-01T21:30:00Z").dueDate).toBe("2026-03-04");
  });

  it("no extension exists", () => {
    expect(kvkk("2026-02-02T10:00:00+03:00").extensionNoticeBy).toBeNull();
    expect(() => kvkk("2026-02-02T10:00:00+03:00", { extended: true })).toThrow(/cannot be extended: KVKK art\. 13\(2\) allows no extension/);
  });

  it("no pause exists: waiting is noted and ignored", () => {
    const r = kvkk("2026-02-02T10:00:00+03:00", { pauses: [{ from: "2026-02-05", to: "2026-02-10" }] });
    expect(r.dueDate).toBe("2026-03-04");
    expect(r.steps.join("\n")).toMatch(/KVKK art\. 13\(2\) counts thirty days from the application with no pause/);
  });

  it("applies to every right the law grants (correction, objection, access)", () => {
    for (const type of ["correction", "objection", "access"] as const) {
      expect(kvkk("2026-02-02T10:00:00+03:00", { type }).dueDate).toBe("2026-03-04");
    }
  });
});

describe("Brazil LGPD art. 19(II): a full access statement within 15 days", () => {
  const lgpd = (type: DeadlineInput["type"], receivedAt: string, extra: Partial<DeadlineInput> = {}) =>
    computeDeadline({ regime: "br-lgpd", type, receivedAt: new Date(receivedAt), timeZone: "America/Sao_Paulo", country: "BR", ...extra });

  it("Mon 6 Apr → Tue 21 Apr (Tiradentes, no roll)", () => {
    expect(lgpd("access", "2026-04-06T10:00:00-03:00").dueDate).toBe("2026-04-21");
  });

  it("the day in São Paulo: 02:00 UTC Tue 7 Apr is still Mon 6 Apr → Tue 21 Apr", () => {
    expect(lgpd("access", "2026-04-07T02:00:00Z").dueDate).toBe("2026-04-21");
  });

  it("art. 18 §5 leaves other rights to regulation: without the portal's promise the engine refuses, naming the promise", () => {
    expect(() => lgpd("deletion", "2026-04-06T10:00:00-03:00")).toThrow(DeadlineInputError);
    try {
      lgpd("deletion", "2026-04-06T10:00:00-03:00");
    } catch (e) {
      expect((e as DeadlineInputError).field).toBe("promise");
      expect((e as Error).message).toMatch(/Brazil LGPD sets no deadline for deletion requests/);
    }
  });

  it("with a promise of 15 working days, deletion follows it, skipping Good Friday and Tiradentes: Mon 30 Mar → Wed 22 Apr", () => {
    expect(lgpd("deletion", "2026-03-30T10:00:00-03:00", { promise: { days: 15, unit: "working" } }).dueDate).toBe("2026-04-22");
  });
});
