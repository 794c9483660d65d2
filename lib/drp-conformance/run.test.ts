import { generateKeyPairSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startFixturePip, type FixtureFlaw } from "../../test/drp-fixture-pip";
import { runConformance } from "./run";
import { parseSigningKey } from "./signing";

const key = () => parseSigningKey(generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString());
const ONE = { id: "CONFORMANCE_ONE", key: key() };
const TWO = { id: "CONFORMANCE_TWO", key: key() };

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function pip(flaw?: FixtureFlaw) {
  const server = await startFixturePip({ businessId: "acme", agents: { [ONE.id]: ONE.key.verifyKey, [TWO.id]: TWO.key.verifyKey }, flaw });
  close = server.close;
  return server.base;
}

describe("the conformance runner against a spec-following PIP over real HTTP", () => {
  it("passes every check, in order, with both agents", async () => {
    const results = await runConformance({ base: await pip(), agent: ONE, agent2: TWO, businessId: "acme", regime: "ccpa" });
    expect(results.filter((r) => r.outcome !== "pass")).toEqual([]);
    expect(results.map((r) => r.check)).toEqual([
      "pairwise setup: POST agent/{id} returns {agent-id, token}",
      "pairwise setup refuses a flipped signature byte",
      "pairwise setup refuses a body signed by another key",
      "pairwise setup refuses an agent-id that is not the URL's",
      "pairwise setup refuses another business-id",
      "agent information: GET agent/{id} with the token",
      "agent information refuses the token for another agent-id (403)",
      "exercise without a bearer token is refused",
      "exercise with an unknown bearer token is refused",
      "exercise that is not base64 is refused",
      "exercise with a flipped signature byte is refused",
      "exercise with a flipped message byte is refused",
      "exercise signed by another key is refused",
      "exercise whose agent-id is not the token's agent is refused",
      "exercise for another business-id is refused",
      "exercise issued in the future (issued-at an hour ahead) is refused",
      "exercise past its expires-at is refused",
      "exercise of an unknown rights action is refused",
      ...["deletion", "access", "access:categories", "access:specific", "sale:opt-out", "sale:opt_out", "sale:opt-in", "sale:opt_in"].map((a) => `exercise ${a}: Exercise Status`),
      ...["deletion", "access", "access:categories", "access:specific", "sale:opt-out", "sale:opt_out", "sale:opt-in", "sale:opt_in"].map((a) => `status of the ${a} request: GET data-rights-request/{id}`),
      "pairwise setup of the second agent (CONFORMANCE_TWO)",
      "another agent's GET of this agent's request is refused (403)",
      "another agent's DELETE of this agent's request is refused (403) and revokes nothing",
      "exercise deletion for revocation",
      "revocation with a flipped signature byte is refused",
      "revocation: DELETE data-rights-request/{id} signed {reason} answers revoked",
      "status after revocation is revoked",
    ]);
  });

  it("without a second agent says so on both of its checks instead of passing them", async () => {
    const results = await runConformance({ base: await pip(), agent: ONE, businessId: "acme", actions: ["access"] });
    expect(results.filter((r) => r.outcome !== "pass")).toEqual([
      { check: "another agent's GET of this agent's request is refused (403)", outcome: "not run", detail: "needs --agent2-id and --key2 (a second agent the PIP knows)" },
      { check: "another agent's DELETE of this agent's request is refused (403) and revokes nothing", outcome: "not run", detail: "needs --agent2-id and --key2 (a second agent the PIP knows)" },
    ]);
  });

  it("catches a PIP that ignores business-id, on pairwise setup and on exercise", async () => {
    const results = await runConformance({ base: await pip("ignores-business-id"), agent: ONE, agent2: TWO, businessId: "acme", actions: ["deletion"] });
    expect(results.filter((r) => r.outcome === "fail").map((r) => [r.check, r.detail.replace(/: \{.*/, "")])).toEqual([
      ["pairwise setup refuses another business-id", "HTTP 200, wanted 403"],
      ["exercise for another business-id is refused", "HTTP 200, wanted a 4xx refusal"],
    ]);
  });

  it("catches a PIP that serves another agent's request", async () => {
    const results = await runConformance({ base: await pip("serves-other-agents"), agent: ONE, agent2: TWO, businessId: "acme", actions: ["access"] });
    expect(results.filter((r) => r.outcome === "fail").map((r) => r.check)).toEqual([
      "another agent's GET of this agent's request is refused (403)",
      "another agent's DELETE of this agent's request is refused (403) and revokes nothing",
    ]);
  });

  it("a wrong signing key fails the setup and says why everything after it did not run", async () => {
    const results = await runConformance({ base: await pip(), agent: { id: ONE.id, key: key() }, businessId: "acme" });
    expect(results[0]).toEqual({ check: "pairwise setup: POST agent/{id} returns {agent-id, token}", outcome: "fail", detail: "HTTP 403, wanted 200" });
    expect(results.at(-1)).toEqual({ check: "every further check", outcome: "not run", detail: "needs the pairwise setup's token" });
  });

  it("an unreachable PIP fails with the network's reason", async () => {
    const base = await pip();
    await close?.();
    close = undefined;
    const results = await runConformance({ base, agent: ONE, businessId: "acme" });
    expect(results[0]).toMatchObject({ outcome: "fail", detail: expect.stringContaining("no answer: connect ECONNREFUSED") as string });
  });
});
