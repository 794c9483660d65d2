import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGIME_IDS, REQUEST_TYPES } from ".";
import { REGIMES } from "./regimes";

/**
 * The README's table of which types each regime times itself, and under which
 * provision, read against the engine: a regime or a source changed in code and
 * not in the README (or the other way round) fails here.
 */
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const HEADER = "| regime | timed by the statute (source) | the portal's promise only |";

const RULES_HEADER = "| regime | rule (source) | extension | weekend/holiday roll | waiting pauses the clock |";

/** A README table's cells by regime, the first column being the regime's id. */
function rows(header: string): Map<string, string[]> {
  const lines = readme.split("\n");
  const start = lines.indexOf(header);
  expect(start, header).toBeGreaterThan(-1);
  const table = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const [regime, ...cells] = line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/g, ""));
    table.set(regime!.replaceAll("`", ""), cells);
  }
  return table;
}

/** The clause of the statute column that names `type`, e.g. "`appeal`: Va. Code §59.1-577(C)". */
const clauseOf = (statute: string, type: string) => statute.split("; ").find((clause) => clause.split(":")[0]!.includes(`\`${type}\``));

describe("the README's regime tables", () => {
  const timed = rows(HEADER);
  const rules = rows(RULES_HEADER);

  it("each has a row for every regime the engine knows, and no other", () => {
    expect([...timed.keys()].toSorted()).toEqual([...REGIME_IDS].toSorted());
    expect([...rules.keys()].toSorted()).toEqual([...REGIME_IDS].toSorted());
  });

  it.each(REGIME_IDS)("%s: every type the statute times names its provision; every other type is left to the promise", (id) => {
    const [statute, promise] = timed.get(id)!;
    for (const type of REQUEST_TYPES) {
      const rule = REGIMES[id].rules[type];
      if (rule) {
        expect(clauseOf(statute!, type), `${id} ${type}`).toContain(rule.source);
        expect(promise, `${id} ${type}`).not.toContain(`\`${type}\``);
      } else {
        expect(promise, `${id} ${type}`).toContain(`\`${type}\``);
      }
    }
  });

  it.each(REGIME_IDS.filter((id) => id.startsWith("us-") && id !== "us-ca-ccpa"))("%s: the response, its extension and the appeal as the engine counts them, with no roll and no pause", (id) => {
    const [rule, extension, roll, pause] = rules.get(id)!;
    const response = REGIMES[id].rules.access!;
    const appeal = REGIMES[id].rules.appeal;
    expect(rule).toContain(`${response.period.count} calendar days (${response.source})`);
    expect(rule).toContain(appeal ? `appeal ${appeal.period.count} days` : "no appeal right");
    expect(extension).toMatch(new RegExp(`^\\+${response.extension!.period.count}\\b`));
    if (appeal?.extension) expect(extension).toContain(`appeal +${appeal.extension.period.count}`);
    expect([roll, pause]).toEqual(["no", "no"]);
  });
});
