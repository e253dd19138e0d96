import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { canonical, loadJson } from "../support/documents.js";
import { appWithToken, gql, openDatabase, importConfirmed } from "../support/integration.js";
import { setAuditClock } from "../../server/audit/clock.js";

// Whole-graph tests: this file replaces the graph and reads its history.
const EXAMPLE = loadJson("seed/worked-example.json");
const IMPORT = "mutation($d: JSON!, $m: ImportMode!) { importGraph(document: $d, mode: $m) { nodes } }";
let db: Database;
let manager: { app: App; token: string };
let auditor: { app: App; token: string };
const marks: Record<string, string> = {};
let riskId = "";

// The audit trail runs on this file's own clock, which moves only when a mark is taken:
// "before" and "after" then fall strictly between the events they separate, with no waiting.
let clock = Date.now();
function mark(name: string): void {
  clock += 1000;
  marks[name] = new Date(clock).toISOString();
  clock += 1000;
}

beforeAll(async () => {
  setAuditClock(() => new Date(clock));
  db = await openDatabase();
  manager = await appWithToken(db, "RISK_MANAGER");
  auditor = await appWithToken(db, "AUDITOR");
  expect((await importConfirmed(manager.app, manager.token, EXAMPLE, "REPLACE")).errors).toBeUndefined();
  const risk = await gql<{ createRisk: { id: string } }>(
    manager.app,
    manager.token,
    `mutation($i: RiskInput!) { createRisk(input: $i) { id } }`,
    {
      i: {
        title: "Network outage",
        threat: "OTHER",
        scenario: { lost: ["sys-4g"] },
        likelihood: "HIGH",
        owner: "History test",
        treatment: "TREAT",
        nextReviewDate: "2030-01-01",
      },
    },
  );
  riskId = risk.data!.createRisk.id;
  mark("before");
  expect(
    (await gql(manager.app, manager.token, IMPORT, { d: { dependencies: [{ from: "svc-transfusion", to: "sys-4g" }] }, m: "MERGE" }))
      .errors,
  ).toBeUndefined();
  mark("after");
});
afterAll(async () => {
  setAuditClock(null);
  await db.write((tx) => tx.run("MATCH (k:Risk {id: $id}) DELETE k", { id: riskId }));
  await db.close();
});

describe("as-of reads and differences between two times", () => {
  it("rebuilds the graph as it stood at a past time", async () => {
    const then = await gql<{ exportGraph: unknown }>(auditor.app, auditor.token, "query($t: DateTime) { exportGraph(asOf: $t) }", {
      t: marks.before,
    });
    expect(canonical(then.data!.exportGraph)).toEqual(canonical(EXAMPLE));
    const later = await gql<{ exportGraph: unknown }>(auditor.app, auditor.token, "query($t: DateTime) { exportGraph(asOf: $t) }", {
      t: marks.after,
    });
    const live = await gql<{ exportGraph: unknown }>(auditor.app, auditor.token, "{ exportGraph }");
    expect(canonical(later.data!.exportGraph)).toEqual(canonical(live.data!.exportGraph));
  });

  it("shows the ranking the board saw then, with the nodes as they were", async () => {
    const Q = `query($t: DateTime) { protectFirst(first: 2, asOf: $t) { edges { node { rank asset { id name } score } } } }`;
    const then = await gql<{ protectFirst: { edges: Array<{ node: { asset: { id: string }; score: number } }> } }>(
      auditor.app,
      auditor.token,
      Q,
      { t: marks.before },
    );
    expect(then.data!.protectFirst.edges.map((e) => [e.node.asset.id, Math.round(e.node.score)])).toEqual([
      ["sys-ad", 6920],
      ["sys-epr", 6920],
    ]);
  });

  it("shows the register as it stood, rated on the graph of that time", async () => {
    const Q = `query($t: DateTime) { risks(asOf: $t) { id consequence inherentRating } }`;
    const then = await gql<{ risks: Array<{ id: string; consequence: string; inherentRating: number }> }>(auditor.app, auditor.token, Q, {
      t: marks.before,
    });
    expect(then.data!.risks.find((r) => r.id === riskId)).toMatchObject({ consequence: "MINOR", inherentRating: 2 });
    const now = await gql<{ risks: Array<{ id: string; consequence: string; inherentRating: number }> }>(auditor.app, auditor.token, Q, {
      t: null,
    });
    expect(now.data!.risks.find((r) => r.id === riskId)).toMatchObject({ consequence: "CATASTROPHIC", inherentRating: 5 });
  });

  it("says what changed in between, and which ranks moved", async () => {
    const r = await gql<{
      changesBetween: {
        events: Array<{ action: string }>;
        dependenciesAdded: number;
        nodesChanged: string[];
        rankMoves: Array<{ asset: string; fromRank: number; toRank: number }>;
        riskChanges: Array<{ id: string; fromRating: number; toRating: number }>;
      };
    }>(
      auditor.app,
      auditor.token,
      `query($a: DateTime!, $b: DateTime) { changesBetween(from: $a, to: $b) {
        events { action } dependenciesAdded nodesChanged rankMoves { asset fromRank toRank } riskChanges { id fromRating toRating } } }`,
      { a: marks.before, b: marks.after },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.changesBetween;
    expect(d.events.map((e) => e.action)).toContain("graph.import");
    expect(d.dependenciesAdded).toBe(1);
    expect(d.nodesChanged).toEqual([]);
    const fourG = d.rankMoves.find((m) => m.asset === "sys-4g")!;
    expect(fourG.toRank).toBeLessThan(fourG.fromRank);
    expect(d.riskChanges).toContainEqual({ id: riskId, fromRating: 2, toRating: 5 });
  });

  it("is for those who may read the trail", async () => {
    const board = await appWithToken(db, "BOARD");
    const r = await gql(board.app, board.token, `query($a: DateTime!) { changesBetween(from: $a) { dependenciesAdded } }`, {
      a: marks.before,
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
