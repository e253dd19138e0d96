import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { loadDemoRegister } from "../../server/import/demo-register.js";
import { loadJson } from "../support/documents.js";
import { appWithToken, gql, importConfirmed, openDatabase } from "../support/integration.js";

let db: Database;
let admin: { app: App; token: string };
const clear = (): Promise<unknown> => db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.id STARTS WITH $p DELETE k", { p: "risk-demo-" }));

// Whole-graph: the demo register names nodes of the demo ICS, which this file loads in place of the graph.
beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
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
    const count = await loadDemoRegister(db, admin.app.analysis, "seed/demo-register.json", demo, () => admin.app.lapses.idle());
    expect(count).toBeGreaterThanOrEqual(15);
    const r = await gql<{
      risks: Array<{
        id: string;
        organisation: string;
        overdue: boolean;
        ratingMoves: unknown[];
        acceptance: { state: string; reason: string | null } | null;
      }>;
    }>(admin.app, admin.token, "{ risks(first: 1000) { id organisation overdue ratingMoves { toRating } acceptance { state reason } } }");
    const demoRisks = r.data!.risks.filter((k) => k.id.startsWith("risk-demo-"));
    expect(demoRisks).toHaveLength(count);
    expect(new Set(demoRisks.map((k) => k.organisation)).size).toBeGreaterThanOrEqual(7);
    const states = demoRisks
      .map((k) => k.acceptance?.state)
      .filter(Boolean)
      .sort();
    expect(states).toEqual(["ACCEPTED", "ACCEPTED", "LAPSED", "PROPOSED"]);
    expect(demoRisks.find((k) => k.acceptance?.state === "LAPSED")!.acceptance!.reason).toMatch(/^graph version \d+: /);
    expect(demoRisks.filter((k) => k.overdue)).toHaveLength(1);
    // Rated on the graph they were loaded with: only the model change after loading moves a rating.
    expect(demoRisks.filter((k) => k.ratingMoves.length > 0).map((k) => k.id)).toEqual([]);
  });
});
