import { describe, expect, it } from "vitest";
import { findRejectionGround, rejectionGrounds } from "./rejection-grounds";
import { REGIME_IDS } from "./types";

const ids = (regime: Parameters<typeof rejectionGrounds>[0]) => rejectionGrounds(regime).map((g) => g.id);

describe("rejectionGrounds", () => {
  it("offers 'manifestly unfounded or excessive' only where the law has it", () => {
    const withIt = REGIME_IDS.filter((regime) => ids(regime).includes("manifestly_unfounded"));
    expect(withIt).toEqual(["eu-gdpr", "uk-gdpr", "us-ca-ccpa"]);
    expect(findRejectionGround("eu-gdpr", "manifestly_unfounded")).toEqual({ id: "manifestly_unfounded", article: "GDPR art. 12(5)(b)" });
  });

  it("gives every regime a reasoned 'other' and each ground an article, once", () => {
    for (const regime of REGIME_IDS) {
      expect(ids(regime), regime).toContain("other");
      expect(new Set(ids(regime)).size, regime).toBe(ids(regime).length);
      for (const g of rejectionGrounds(regime)) expect(g.article.trim(), `${regime} ${g.id}`).not.toBe("");
    }
  });

  it("cites KVKK's reasoned refusal and exemptions, and 152-FZ's grounds", () => {
    expect(rejectionGrounds("tr-kvkk")).toEqual([
      { id: "identity_not_verified", article: "KVKK art. 13(1)" },
      { id: "duplicate", article: "KVKK art. 13(3)" },
      { id: "no_data_held", article: "KVKK art. 11(1)(a)" },
      { id: "exemption", article: "KVKK art. 28" },
      { id: "outside_jurisdiction", article: "KVKK art. 2" },
      { id: "other", article: "KVKK art. 13(3)" },
    ]);
    expect(findRejectionGround("ru-152fz", "duplicate")?.article).toBe("152-FZ art. 14(6)");
    expect(findRejectionGround("ru-152fz", "exemption")?.article).toBe("152-FZ art. 14(8)");
    expect(findRejectionGround("ru-152fz", "other")?.article).toBe("152-FZ art. 20(2)");
  });

  it("finds nothing for a ground the regime lacks or for junk", () => {
    expect(findRejectionGround("uz-zru547", "manifestly_unfounded")).toBeUndefined();
    expect(findRejectionGround("tr-kvkk", "kept_by_law")).toBeUndefined();
    expect(findRejectionGround("eu-gdpr", "<script>")).toBeUndefined();
    expect(findRejectionGround("eu-gdpr", undefined)).toBeUndefined();
  });
});
