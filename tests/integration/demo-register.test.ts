import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { loadDemoRegister } from "../../server/import/demo-register.js";
import { registerProfile } from "../../server/register/register.js";
import { loadDemoCandidates } from "../../server/planning/demo-candidates.js";
import { loadJson } from "../support/documents.js";
import { appWithToken, gql, importConfirmed, openDatabase } from "../support/integration.js";

let db: Database;
// A register whose lapse threshold is set: its decisions' snapshots name its profile, not the default's.
const PROFILE = registerProfile(0.3);
let admin: { app: App; token: string };
const DEMO_CANDIDATES = (loadJson("seed/demo-candidates.json") as { candidates: Array<{ name: string }> }).candidates.map((c) => c.name);
const clear = async (): Promise<void> => {
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.id STARTS WITH $p DELETE k", { p: "risk-demo-" }));
  await db.write((tx) => tx.run("MATCH (c:Candidate) WHERE c.name IN $names DELETE c", { names: DEMO_CANDIDATES }));
};

// Whole-graph: the demo register names nodes of the demo ICS, which this file loads in place of the graph.
beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN", { lapseHarmShare: 0.3 });
  const r = await importConfirmed(admin.app, admin.token, loadJson("seed/demo-ics.json"), "REPLACE");
  expect(r.errors).toBeUndefined();
  await clear();
});
afterAll(async () => {
  await clear();
  await admin.app.close();
  await db.close();
});

describe("the demo register", () => {
  it("loads risks across the demo's organisations: two accepted, one lapsed by a model change, one overdue, one waiting", async () => {
    const demo = loadJson("seed/demo-ics.json") as InterchangeDocument;
    // Other files load the demo register into the same graph: only this load's events are read.
    const since = (await db.read((tx) => tx.run("MATCH (e:AuditEvent) RETURN coalesce(max(e.seq), 0) AS s"))).records[0]!.get(
      "s",
    ) as number;
    const count = await loadDemoRegister(db, admin.app.analysis, "seed/demo-register.json", demo, () => admin.app.lapses.idle(), PROFILE);
    expect(count).toBeGreaterThanOrEqual(15);
    const r = await gql<{
      risks: Array<{
        id: string;
        organisation: string;
        overdue: boolean;
        ratingMoves: unknown[];
        acceptance: {
          state: string;
          reason: string | null;
          proposedBy: string;
          decidedBy: string | null;
          snapshot: { profile: string } | null;
        } | null;
      }>;
    }>(
      admin.app,
      admin.token,
      "{ risks(first: 1000) { id organisation overdue ratingMoves { toRating } acceptance { state reason proposedBy decidedBy snapshot { profile } } } }",
    );
    const demoRisks = r.data!.risks.filter((k) => k.id.startsWith("risk-demo-"));
    expect(demoRisks).toHaveLength(count);
    expect(new Set(demoRisks.map((k) => k.organisation)).size).toBeGreaterThanOrEqual(7);
    const states = demoRisks
      .map((k) => k.acceptance?.state)
      .filter(Boolean)
      .sort();
    expect(states).toEqual(["ACCEPTED", "ACCEPTED", "LAPSED", "PROPOSED"]);
    expect(demoRisks.find((k) => k.acceptance?.state === "LAPSED")!.acceptance!.reason).toMatch(
      /^graph version \d+ \(.*, by demo: transfusion activity recounted after the trauma unit opened\): harm rose from [\d,.]+ to [\d,.]+ \(\+\d+ %\), more than 30 %$/,
    );
    // Each decision was proposed and decided with its audit events, and judged on the register's profile.
    const decided = demoRisks.filter((k) => k.acceptance?.state === "ACCEPTED" || k.acceptance?.state === "LAPSED");
    for (const k of decided) {
      expect(k.acceptance!.snapshot!.profile).toBe(PROFILE.name);
      expect(k.acceptance!.decidedBy).not.toBe(k.acceptance!.proposedBy);
      const actions = (
        await db.read((tx) =>
          tx.run("MATCH (e:AuditEvent {target: $t}) WHERE e.seq > $since RETURN e.action AS a, e.actorName AS by ORDER BY e.seq", {
            t: k.id,
            since,
          }),
        )
      ).records.map((rec) => `${rec.get("a") as string} by ${rec.get("by") as string}`);
      expect(actions.slice(0, 3)).toEqual([
        "risk.create by system",
        `risk.acceptance-proposed by demo: ${k.acceptance!.proposedBy}`,
        `risk.acceptance-accepted by demo: ${k.acceptance!.decidedBy!}`,
      ]);
    }
    const waiting = demoRisks.find((k) => k.acceptance?.state === "PROPOSED")!;
    const waitingActions = (
      await db.read((tx) =>
        tx.run("MATCH (e:AuditEvent {target: $t}) WHERE e.seq > $since RETURN e.action AS a ORDER BY e.seq", { t: waiting.id, since }),
      )
    ).records.map((rec) => rec.get("a") as string);
    expect(waitingActions).toEqual(["risk.create", "risk.acceptance-proposed"]);
    expect(demoRisks.filter((k) => k.overdue)).toHaveLength(1);
    // Rated on the graph they were loaded with: only the model change after loading moves a rating.
    expect(demoRisks.filter((k) => k.ratingMoves.length > 0).map((k) => k.id)).toEqual([]);
  });

  it("ships candidates a trust would consider, each fitting the model, and a budget buys a real answer", async () => {
    expect(await loadDemoCandidates(db, "seed/demo-candidates.json")).toBe(8);
    const r = await gql<{
      candidates: Array<{ id: string; name: string; stale: boolean }>;
      bestInvestment: {
        exact: boolean;
        cost: number;
        expectedHarmBefore: number;
        expectedHarmAfter: number;
        chosen: Array<{ candidate: { name: string } }>;
        candidates: Array<{ candidate: { name: string }; benefit: number }>;
      };
    }>(
      admin.app,
      admin.token,
      `{ candidates { id name stale } bestInvestment(budget: 400000) { exact cost expectedHarmBefore expectedHarmAfter
         chosen { candidate { name } } candidates { candidate { name } benefit } } }`,
    );
    expect(r.errors).toBeUndefined();
    const demo = r.data!.candidates.filter((c) => DEMO_CANDIDATES.includes(c.name));
    expect(demo.map((c) => c.stale)).toEqual(DEMO_CANDIDATES.map(() => false));
    const best = r.data!.bestInvestment;
    expect(best.exact).toBe(true);
    expect(best.cost).toBeLessThanOrEqual(400_000);
    expect(best.chosen.length).toBeGreaterThan(0);
    expect(best.expectedHarmAfter).toBeLessThan(best.expectedHarmBefore);
    // Most candidates move a risk of the demo register; each is worth something alone.
    expect(best.candidates.filter((c) => DEMO_CANDIDATES.includes(c.candidate.name) && c.benefit > 0).length).toBeGreaterThanOrEqual(6);
  });
});
