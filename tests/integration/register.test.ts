import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase, idPrefix, removeWithPrefix, importDocument } from "../support/integration.js";

const P = idPrefix("r");
const id = (s: string): string => `${P}${s}`;
let db: Database;
let manager: { app: App; token: string };
let auditor: { app: App; token: string };
const created: string[] = [];

const FIELDS = `id title status consequence computedConsequence inherentRating residualLikelihood residualConsequence residualRating
  harm residualHarm overdue unresolved override { consequence justification by } reviews { by note }
  ratingMoves { graphVersion fromRating toRating fromConsequence toConsequence }`;
type RiskView = {
  id: string;
  status: string;
  consequence: string;
  computedConsequence: string | null;
  inherentRating: number;
  residualLikelihood: string;
  residualConsequence: string;
  residualRating: number;
  harm: number;
  overdue: boolean;
  unresolved: string[];
  override: { consequence: string; justification: string; by: string } | null;
  reviews: Array<{ by: string; note: string }>;
  ratingMoves: Array<{ fromRating: number; toRating: number; fromConsequence: string; toConsequence: string }>;
};

function riskInput(over: Record<string, unknown> = {}) {
  return {
    title: "Pathology LIMS ransomware",
    description: "The hosted LIMS is encrypted.",
    threat: "RANSOMWARE",
    scenario: { lost: [id("sys-lims")], compromised: [id("sys-lims")], hours: 24 },
    likelihood: "MEDIUM",
    owner: `${P}owner`,
    organisation: id("org-a"),
    treatment: "TREAT",
    nextReviewDate: "2030-01-01",
    ...over,
  };
}
async function create(app: App, token: string, input: Record<string, unknown>) {
  const r = await gql<{ createRisk: RiskView }>(app, token, `mutation($i: RiskInput!) { createRisk(input: $i) { ${FIELDS} } }`, {
    i: input,
  });
  if (r.data?.createRisk) created.push(r.data.createRisk.id);
  return r;
}

beforeAll(async () => {
  db = await openDatabase();
  manager = await appWithToken(db, "RISK_MANAGER");
  auditor = await appWithToken(db, "AUDITOR");
  const r = await importDocument(manager.app, manager.token, withPrefix(loadJson("seed/worked-example.json"), P));
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.id IN $ids DELETE k", { ids: created }));
  await removeWithPrefix(db, P);
  await db.close();
});

describe("the risk register", () => {
  it("rates a risk from the graph: consequence computed through the engine, DCB0160 rating", async () => {
    const r = await create(manager.app, manager.token, riskInput());
    expect(r.errors).toBeUndefined();
    expect(r.data!.createRisk).toMatchObject({
      status: "OPEN",
      computedConsequence: "CATASTROPHIC",
      consequence: "CATASTROPHIC",
      inherentRating: 4,
      overdue: false,
      unresolved: [],
    });
    // Transfusion 768 + ED 1536 (section 8) + the lab store exposed: 3 × 200,000 × 0.001.
    expect(r.data!.createRisk.harm).toBeCloseTo(2304 + 600, 9);
  });

  it("evaluates the residual risk with its controls applied", async () => {
    const controls = [
      { kind: "REDUNDANCY", name: "Second laboratory for cross-matching", from: id("svc-transfusion"), to: id("sys-lims") },
      { kind: "REDUNDANCY", name: "Point-of-care testing in ED", from: id("svc-ed"), to: id("sys-lims") },
      { kind: "LIKELIHOOD_DOWN", name: "Immutable backups and EDR", levels: 1 },
    ];
    const r = await create(manager.app, manager.token, riskInput({ controls }));
    expect(r.data!.createRisk).toMatchObject({
      inherentRating: 4,
      residualLikelihood: "LOW",
      residualConsequence: "MINOR",
      residualRating: 1,
    });
    const partial = await create(manager.app, manager.token, riskInput({ controls: [controls[0]] }));
    // The ED still degrades without the laboratory: the consequence stays catastrophic.
    expect(partial.data!.createRisk).toMatchObject({ residualConsequence: "CATASTROPHIC", residualRating: 4 });
  });

  it("refuses a bad risk with every problem, and an AUDITOR's or a BOARD member's edit", async () => {
    const bad = await create(
      manager.app,
      manager.token,
      riskInput({ title: "", scenario: { lost: [], compromised: [] }, nextReviewDate: "soon" }),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.problems?.map((p) => p.path)).toEqual(
      expect.arrayContaining(["$.input.title", "$.input.nextReviewDate", "$.input.scenario"]),
    );
    const refused = await create(auditor.app, auditor.token, riskInput());
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("moves a rating when the graph changes, and records the move", async () => {
    const r = await create(
      manager.app,
      manager.token,
      riskInput({ title: "4G link failure", scenario: { lost: [id("sys-4g")], compromised: [], hours: 24 } }),
    );
    expect(r.data!.createRisk).toMatchObject({ computedConsequence: null, consequence: "MINOR", inherentRating: 2 });
    const riskId = r.data!.createRisk.id;
    await importDocument(manager.app, manager.token, { dependencies: [{ from: id("svc-transfusion"), to: id("sys-4g") }] });
    const after = await gql<{ risk: RiskView }>(auditor.app, auditor.token, `query($id: ID!) { risk(id: $id) { ${FIELDS} } }`, {
      id: riskId,
    });
    expect(after.data!.risk).toMatchObject({ consequence: "CATASTROPHIC", inherentRating: 4 });
    expect(after.data!.risk.ratingMoves).toMatchObject([
      { fromRating: 2, toRating: 4, fromConsequence: "MINOR", toConsequence: "CATASTROPHIC" },
    ]);
    const trail = await gql<{ auditTrail: { events: Array<{ target: string }> } }>(
      auditor.app,
      auditor.token,
      `{ auditTrail(action: "risk.rating-moved", first: 1000) { events { target } } }`,
    );
    expect(trail.data!.auditTrail.events.map((e) => e.target)).toContain(riskId);
  });

  it("overrides a consequence only with a written justification, kept with the risk and in the trail", async () => {
    const riskId = (await create(manager.app, manager.token, riskInput({ title: "Override me" }))).data!.createRisk.id;
    const short = await gql(
      manager.app,
      manager.token,
      `mutation($id: ID!) { overrideConsequence(id: $id, consequence: MAJOR, justification: "because") { id } }`,
      { id: riskId },
    );
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const why = "O-negative stock on site covers 48 hours of emergency transfusion.";
    const ok = await gql<{ overrideConsequence: RiskView }>(
      manager.app,
      manager.token,
      `mutation($id: ID!, $j: String!) { overrideConsequence(id: $id, consequence: MAJOR, justification: $j) { ${FIELDS} } }`,
      { id: riskId, j: why },
    );
    expect(ok.data!.overrideConsequence).toMatchObject({
      consequence: "MAJOR",
      computedConsequence: "CATASTROPHIC",
      inherentRating: 3,
      override: { consequence: "MAJOR", justification: why, by: "test-risk_manager" },
    });
    const trail = await gql<{ auditTrail: { events: Array<{ target: string; after: { override: { justification: string } } }> } }>(
      auditor.app,
      auditor.token,
      `{ auditTrail(action: "risk.override", first: 1000) { events { target after } } }`,
    );
    expect(trail.data!.auditTrail.events.find((e) => e.target === riskId)?.after.override.justification).toBe(why);
  });

  it("keeps review history, filters, the heat map and the top risks", async () => {
    const riskId = (
      await create(manager.app, manager.token, riskInput({ title: "Overdue review", nextReviewDate: "2020-01-01", likelihood: "HIGH" }))
    ).data!.createRisk.id;
    const listed = await gql<{ risks: Array<{ id: string; overdue: boolean }> }>(
      auditor.app,
      auditor.token,
      `query($o: String) { risks(owner: $o, overdue: true) { id overdue } }`,
      { o: `${P}owner` },
    );
    expect(listed.data!.risks.map((r) => r.id)).toEqual([riskId]);
    const reviewed = await gql<{ reviewRisk: RiskView }>(
      manager.app,
      manager.token,
      `mutation($id: ID!) { reviewRisk(id: $id, note: "Backups tested on 3 March.", nextReviewDate: "2031-03-01") { ${FIELDS} } }`,
      { id: riskId },
    );
    expect(reviewed.data!.reviewRisk).toMatchObject({
      overdue: false,
      reviews: [{ by: "test-risk_manager", note: "Backups tested on 3 March." }],
    });

    const heat = await gql<{ riskHeatMap: Array<{ likelihood: string; consequence: string; count: number }> }>(
      auditor.app,
      auditor.token,
      "{ riskHeatMap { likelihood consequence count } }",
    );
    expect(heat.data!.riskHeatMap).toHaveLength(25);
    expect(heat.data!.riskHeatMap.find((c) => c.likelihood === "HIGH" && c.consequence === "CATASTROPHIC")!.count).toBeGreaterThanOrEqual(
      1,
    );
    const top = await gql<{ topRisks: Array<{ residualRating: number }> }>(
      auditor.app,
      auditor.token,
      "{ topRisks(first: 3) { residualRating } }",
    );
    const ratings = top.data!.topRisks.map((r) => r.residualRating);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(ratings[0]).toBe(5);
  });

  it("deletes a risk with its last state kept in the trail", async () => {
    const riskId = (await create(manager.app, manager.token, riskInput({ title: "Delete me" }))).data!.createRisk.id;
    const del = await gql(manager.app, manager.token, `mutation($id: ID!) { deleteRisk(id: $id) }`, { id: riskId });
    expect(del.data).toEqual({ deleteRisk: true });
    expect((await gql(auditor.app, auditor.token, `query($id: ID!) { risk(id: $id) { id } }`, { id: riskId })).data).toEqual({
      risk: null,
    });
    const trail = await gql<{ auditTrail: { events: Array<{ target: string; before: { title: string } }> } }>(
      auditor.app,
      auditor.token,
      `{ auditTrail(action: "risk.delete", first: 1000) { events { target before } } }`,
    );
    expect(trail.data!.auditTrail.events.find((e) => e.target === riskId)?.before.title).toBe("Delete me");
  });
});
