import { describe, expect, it } from "vitest";
import { REGIME_IDS, rejectionGrounds } from ".";

const ids = (regime: Parameters<typeof rejectionGrounds>[0]) => rejectionGrounds(regime).map((g) => g.id);

describe("rejection grounds per regime", () => {
  it("every regime knows an unverified identity, no data held, outside its reach, a duplicate and other, first and last", () => {
    for (const regime of REGIME_IDS) {
      const grounds = ids(regime);
      expect(grounds.slice(0, 4)).toEqual(["identity-not-verified", "no-data-held", "outside-jurisdiction", "duplicate"]);
      expect(grounds.at(-1)).toBe("other");
      expect(new Set(grounds).size).toBe(grounds.length);
    }
  });

  it("'manifestly unfounded or excessive' is GDPR art. 12(5) (and the CCPA's own), never 152-FZ, KVKK or ZRU-547", () => {
    expect(rejectionGrounds("eu-gdpr")).toContainEqual({ id: "manifestly-unfounded-or-excessive", article: "GDPR art. 12(5)(b)" });
    expect(rejectionGrounds("uk-gdpr")).toContainEqual({ id: "manifestly-unfounded-or-excessive", article: "UK GDPR art. 12(5)(b)" });
    expect(rejectionGrounds("us-ca-ccpa")).toContainEqual({ id: "manifestly-unfounded-or-excessive", article: "Cal. Civ. Code §1798.145(h)(3)" });
    for (const regime of ["ru-152fz", "tr-kvkk", "uz-zru547"] as const) expect(ids(regime)).not.toContain("manifestly-unfounded-or-excessive");
  });

  it("152-FZ: restricted access (art. 14(8)), a repeated request (art. 14(4)–(6)), and refusals reasoned with the legal ground", () => {
    expect(rejectionGrounds("ru-152fz")).toEqual(
      expect.arrayContaining([
        { id: "restricted-by-law", article: "152-FZ art. 14(8)" },
        { id: "repeated-request", article: "152-FZ art. 14(4)–(6)" },
      ]),
    );
  });

  it("KVKK: the art. 28 exemptions", () => {
    expect(rejectionGrounds("tr-kvkk")).toEqual(
      expect.arrayContaining([
        { id: "outside-kvkk-scope", article: "KVKK art. 28(1)" },
        { id: "kvkk-rights-excluded", article: "KVKK art. 28(2)" },
      ]),
    );
  });

  it("US state laws: unfounded, excessive or repetitive requests, with the section", () => {
    expect(rejectionGrounds("us-va-vcdpa")).toContainEqual({ id: "unfounded-excessive-or-repetitive", article: "Va. Code §59.1-577(B)(3)" });
    expect(rejectionGrounds("us-nj-njdpa")).toContainEqual({ id: "unfounded-excessive-or-repetitive", article: "N.J.S.A. 56:8-166.7(d)" });
  });

  it("the universal grounds cite no article; every regime-specific one does", () => {
    for (const regime of REGIME_IDS) {
      for (const g of rejectionGrounds(regime)) {
        const universal = ["identity-not-verified", "no-data-held", "outside-jurisdiction", "duplicate", "other"].includes(g.id);
        expect(g.article === null).toBe(universal);
      }
    }
  });
});
