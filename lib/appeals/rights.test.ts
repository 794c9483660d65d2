import { describe, expect, it } from "vitest";
import { REGIME_IDS } from "../deadlines";
import { appealDecisionComplaint, appealRoute, complaintRoute, FORM_REQUEST_TYPES } from "./rights";

describe("appeal and complaint routes", () => {
  it("every US regime whose law gives an appeal names its Attorney General's complaint page; Utah gives no appeal", () => {
    const withAppeal = REGIME_IDS.filter((id) => appealRoute(id));
    expect(withAppeal.toSorted()).toEqual(["us-co-cpa", "us-ct-ctdpa", "us-ia-icdpa", "us-ne-ndpa", "us-nj-njdpa", "us-or-ocpa", "us-tx-tdpsa", "us-va-vcdpa"]);
    for (const id of withAppeal) expect(appealRoute(id)!.complaint).toMatchObject({ kind: "attorney-general", url: expect.stringMatching(/^https:\/\//) });
    expect(appealRoute("us-ut-ucpa")).toBeUndefined();
  });

  it("a denied Virginia appeal names the Attorney General; a granted one does not", () => {
    expect(appealDecisionComplaint("us-va-vcdpa", "denied")).toMatchObject({ authority: expect.stringContaining("Attorney General of Virginia") });
    expect(appealDecisionComplaint("us-va-vcdpa", "granted")).toBeUndefined();
  });

  it("Colorado names its Attorney General in every appeal decision, granted or denied (C.R.S. §6-1-1306(3))", () => {
    for (const outcome of ["granted", "denied"] as const) {
      expect(appealDecisionComplaint("us-co-cpa", outcome)).toMatchObject({ kind: "attorney-general", authority: "the Colorado Attorney General" });
    }
  });

  it.each([
    ["eu-gdpr", "GDPR art. 77"],
    ["uk-gdpr", "UK GDPR art. 77; Data Protection Act 2018 s. 165"],
    ["tr-kvkk", "KVKK art. 14"],
    ["ru-152fz", "152-FZ art. 17(1)"],
    ["br-lgpd", "LGPD art. 18 §1"],
  ] as const)("%s: the supervisory authority (%s)", (regime, source) => {
    expect(complaintRoute(regime)).toMatchObject({ kind: "supervisory-authority", source });
  });

  it("an appeal is never a form type", () => {
    expect(FORM_REQUEST_TYPES).not.toContain("appeal");
    expect(FORM_REQUEST_TYPES).toContain("deletion");
  });
});
