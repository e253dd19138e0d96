import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";

const P = `c${randomUUID().slice(0, 6)}-`;
const DOC = withPrefix(loadJson("seed/worked-example.json"), P);
const SAVE = `mutation($id: ID, $name: String!, $c: [ModelChangeInput!]!, $o: Float!, $a: Float!) {
  saveCandidate(id: $id, name: $name, changes: $c, oneOffCost: $o, annualCost: $a) { id name changes oneOffCost annualCost createdBy stale staleReason } }`;
const BEST = `query($b: Float!, $y: Int, $c: [ID!], $o: Objective) { bestInvestment(budget: $b, years: $y, candidates: $c, objective: $o) {
  objective budget years expectedHarmBefore expectedHarmAfter cost exact profile
  chosen { candidate { id } benefit marginalBenefit cost }
  candidates { candidate { id name } benefit marginalBenefit benefitPerThousandPounds cost moves { id } risksMoved { riskId title harmBefore harmAfter } }
  leftOut { id stale staleReason }
  peopleBefore { patientsDisruptedPerDay recordsExposed } peopleAfter { patientsDisruptedPerDay recordsExposed } } }`;

let db: Database;
let admin: { app: App; token: string };
let board: { app: App; token: string };
const risks: string[] = [];

type Saved = { id: string; name: string; stale: boolean; staleReason: string | null; oneOffCost: number; createdBy: string };
const save = (name: string, c: unknown[], o = 1000, a = 100, id: string | null = null) =>
  gql<{ saveCandidate: Saved }>(admin.app, admin.token, SAVE, { id, name: `${P}${name}`, c, o, a });
const ours = async () =>
  (
    await gql<{ candidates: Saved[] }>(admin.app, admin.token, "{ candidates { id name stale staleReason oneOffCost createdBy } }")
  ).data!.candidates.filter((c) => c.name.startsWith(P));
const events = async (action: string) =>
  (
    await gql<{ auditTrail: { events: Array<{ action: string; target: string }> } }>(
      admin.app,
      admin.token,
      `{ auditTrail(action: "${action}", first: 1000) { events { action target } } }`,
    )
  ).data!.auditTrail.events;
const graphVersion = async () =>
  (await gql<{ graphSummary: { version: number } }>(admin.app, admin.token, "{ graphSummary { version } }")).data!.graphSummary.version;

const WORKAROUND = [
  {
    op: "UPDATE",
    node: {
      careService: {
        id: `${P}svc-transfusion`,
        name: "Blood transfusion",
        organisation: `${P}org-a`,
        severity: "CATASTROPHIC",
        patientsPerDay: 48,
        impactToleranceHours: 2,
        workaround: { capacity: 0.6, sustainableHours: 48 },
      },
    },
  },
];
const RESTORES = [
  {
    op: "UPDATE",
    node: {
      system: {
        id: `${P}sys-lims`,
        name: "Laboratory information system",
        organisation: `${P}org-a`,
        kind: "APPLICATION",
        supplier: `${P}sup-path`,
        recoveryHours: 6,
      },
    },
  },
];
const SECOND_LINK = [
  { op: "UPSERT", dependency: { from: `${P}sys-epr`, to: `${P}sys-net`, effect: "FAILS", group: "net" } },
  { op: "UPSERT", dependency: { from: `${P}sys-epr`, to: `${P}sys-4g`, effect: "FAILS", group: "net" } },
];

beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
  board = await appWithToken(db, "BOARD");
  expect(
    (await gql(admin.app, admin.token, "mutation($d: JSON!) { importGraph(document: $d) { nodes } }", { d: DOC })).errors,
  ).toBeUndefined();
  for (const [title, lost, likelihood] of [
    ["Laboratory system lost", [`${P}sys-lims`], "HIGH"],
    ["Trust network lost", [`${P}sys-net`], "MEDIUM"],
  ] as const) {
    const r = await gql<{ createRisk: { id: string } }>(
      admin.app,
      admin.token,
      "mutation($i: RiskInput!) { createRisk(input: $i) { id } }",
      {
        i: {
          title: `${P}${title}`,
          threat: "RANSOMWARE",
          scenario: { lost, hours: 24 },
          likelihood,
          owner: "Chief information officer",
          organisation: `${P}org-a`,
          treatment: "TREAT",
          nextReviewDate: "2030-01-01",
        },
      },
    );
    expect(r.errors).toBeUndefined();
    risks.push(r.data!.createRisk.id);
  }
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (c:Candidate) WHERE c.name STARTS WITH $p DELETE c", { p: P }));
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.id IN $ids DETACH DELETE k", { ids: risks }));
  await db.write((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: P }));
  await db.close();
});

describe("candidates", () => {
  it("saves a candidate, audited, without changing the live model", async () => {
    const version = await graphVersion();
    const r = await save("Paper workaround for transfusion", WORKAROUND, 20_000, 5_000);
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveCandidate).toMatchObject({ stale: false, staleReason: null, oneOffCost: 20_000, createdBy: "test-admin" });
    expect(await graphVersion()).toBe(version);
    const svc = await db.read((tx) =>
      tx.run("MATCH (s:CareService {id: $id}) RETURN s.workaroundCapacity AS w", { id: `${P}svc-transfusion` }),
    );
    expect(svc.records[0]!.get("w")).toBeNull();
    expect((await events("candidate.create")).map((e) => e.target)).toContain(r.data!.saveCandidate.id);
    expect((await ours()).map((c) => c.id)).toContain(r.data!.saveCandidate.id);
  });

  it("keeps a description in words beside the name, empty when none is given", async () => {
    const r = await gql<{ saveCandidate: { id: string; description: string } }>(
      admin.app,
      admin.token,
      `mutation($n: String!, $d: String, $c: [ModelChangeInput!]!) {
        saveCandidate(name: $n, description: $d, changes: $c, oneOffCost: 1, annualCost: 0) { id description } }`,
      { n: `${P}Described`, d: "  Quarterly restore tests, as the auditors asked.  ", c: RESTORES },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveCandidate.description).toBe("Quarterly restore tests, as the auditors asked.");
    const plain = await save("Not described", RESTORES);
    const list = await gql<{ candidates: Array<{ id: string; description: string }> }>(
      admin.app,
      admin.token,
      "{ candidates { id description } }",
    );
    expect(list.data!.candidates.find((c) => c.id === plain.data!.saveCandidate.id)?.description).toBe("");
    await gql(admin.app, admin.token, "mutation($id: ID!) { deleteCandidate(id: $id) }", { id: r.data!.saveCandidate.id });
    await gql(admin.app, admin.token, "mutation($id: ID!) { deleteCandidate(id: $id) }", { id: plain.data!.saveCandidate.id });
  });

  it("refuses changes the model rules refuse, with every problem at its path, and writes nothing", async () => {
    const before = await ours();
    const r = await save("Broken", [
      { op: "UPSERT", dependency: { from: `${P}svc-ed`, to: `${P}nothing` } },
      { op: "DELETE", id: `${P}missing` },
    ]);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const paths = r.errors![0]!.extensions!.problems!.map((p) => p.path);
    expect(paths.some((p) => p.startsWith("$.changes[0]"))).toBe(true);
    expect(paths.some((p) => p.startsWith("$.changes[1]"))).toBe(true);
    expect(await ours()).toEqual(before);
  });

  it("refuses a negative cost, an unknown id and a budget below zero, clearly, writing nothing", async () => {
    const before = await ours();
    const negative = await save("Negative", WORKAROUND, -1);
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(negative.errors?.[0]?.message).toMatch(/oneOffCost must not be negative/);
    const unknownEdit = await save("Unknown", WORKAROUND, 1, 1, `${P}no-such`);
    expect(unknownEdit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknownDelete = await gql(admin.app, admin.token, "mutation($id: ID!) { deleteCandidate(id: $id) }", { id: `${P}no-such` });
    expect(unknownDelete.errors?.[0]?.message).toBe(`No candidate has id '${P}no-such'.`);
    const budget = await gql(admin.app, admin.token, BEST, { b: -1 });
    expect(budget.errors?.[0]?.message).toMatch(/budget must not be negative/);
    const unknownAsked = await gql(admin.app, admin.token, BEST, { b: 10, c: [`${P}no-such`] });
    expect(unknownAsked.errors?.[0]?.extensions?.problems).toEqual([
      { path: "$.candidates[0]", message: `no candidate has id '${P}no-such'` },
    ]);
    expect(await ours()).toEqual(before);
  });

  it("is written only by people who may write the graph", async () => {
    const r = await gql(board.app, board.token, SAVE, { name: `${P}Board`, c: WORKAROUND, o: 1, a: 1 });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const list = await gql(board.app, board.token, "{ candidates { id } }");
    expect(list.errors).toBeUndefined();
  });

  it("edits a candidate, audited with before and after", async () => {
    const made = (await save("Tested restores", RESTORES, 50_000, 0)).data!.saveCandidate;
    const r = await save("Tested restores for the laboratory system", RESTORES, 40_000, 2_000, made.id);
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveCandidate).toMatchObject({ id: made.id, oneOffCost: 40_000 });
    expect((await events("candidate.change")).map((e) => e.target)).toContain(made.id);
  });

  it("chooses the set of greatest benefit within the budget, explained", async () => {
    const link = (await save("Second network link", SECOND_LINK, 100_000, 10_000)).data!.saveCandidate;
    const mine = await ours();
    const ids = mine.filter((c) => !c.stale).map((c) => c.id);
    const all = await gql<{ bestInvestment: Record<string, never> & { chosen: Array<{ candidate: { id: string } }> } }>(
      admin.app,
      admin.token,
      BEST,
      {
        b: 1e9,
        c: ids,
      },
    );
    expect(all.errors).toBeUndefined();
    const inv = all.data!.bestInvestment as unknown as {
      expectedHarmBefore: number;
      expectedHarmAfter: number;
      exact: boolean;
      years: number;
      profile: string;
      chosen: Array<{ candidate: { id: string }; benefit: number }>;
      candidates: Array<{
        candidate: { id: string; name: string };
        benefit: number;
        cost: number;
        benefitPerThousandPounds: number;
        moves: Array<{ id: string }>;
        risksMoved: Array<{ title: string; harmBefore: number; harmAfter: number }>;
      }>;
      peopleBefore: { patientsDisruptedPerDay: number };
      peopleAfter: { patientsDisruptedPerDay: number };
    };
    expect(inv.exact).toBe(true);
    expect(inv.years).toBe(3);
    expect(inv.profile).toBe("default");
    expect(inv.expectedHarmAfter).toBeLessThan(inv.expectedHarmBefore);
    expect(inv.peopleAfter.patientsDisruptedPerDay).toBeLessThanOrEqual(inv.peopleBefore.patientsDisruptedPerDay);
    const byName = new Map(inv.candidates.map((c) => [c.candidate.name.slice(P.length), c]));
    const workaround = byName.get("Paper workaround for transfusion")!;
    expect(workaround.cost).toBe(35_000);
    expect(workaround.benefit).toBeGreaterThan(0);
    expect(workaround.benefitPerThousandPounds).toBeCloseTo((workaround.benefit / 35_000) * 1000, 9);
    expect(workaround.moves.map((m) => m.id)).toEqual([`${P}sys-lims`]);
    expect(workaround.risksMoved.map((r) => r.title)).toEqual([`${P}Laboratory system lost`]);
    const second = byName.get("Second network link")!;
    expect(second.moves.map((m) => m.id)).toEqual([`${P}sys-net`]);
    // With a budget for one only, the best single that fits is chosen.
    const small = await gql<{ bestInvestment: { chosen: Array<{ candidate: { id: string } }>; cost: number } }>(
      admin.app,
      admin.token,
      BEST,
      {
        b: 36_000,
        c: ids,
      },
    );
    expect(small.data!.bestInvestment.chosen.map((c) => c.candidate.id)).toEqual([mine.find((c) => c.name.endsWith("transfusion"))!.id]);
    expect(small.data!.bestInvestment.cost).toBe(35_000);
    const none = await gql<{ bestInvestment: { chosen: unknown[]; cost: number } }>(admin.app, admin.token, BEST, { b: 0, c: ids });
    expect(none.data!.bestInvestment).toMatchObject({ chosen: [], cost: 0 });
    expect(link.stale).toBe(false);
  });

  it("marks a candidate stale when a later change deletes a node it names, and leaves it out of answers", async () => {
    const temp = { id: `${P}sys-temp`, name: "Temporary system", organisation: `${P}org-a`, kind: "APPLICATION" };
    expect(
      (await gql(admin.app, admin.token, "mutation($n: NodeInput!) { createNode(node: $n) { applied } }", { n: { system: temp } })).errors,
    ).toBeUndefined();
    const stale = (await save("Restores for the temporary system", [{ op: "UPDATE", node: { system: { ...temp, recoveryHours: 4 } } }]))
      .data!.saveCandidate;
    expect(stale.stale).toBe(false);
    expect(
      (await gql(admin.app, admin.token, "mutation($id: ID!) { deleteNode(id: $id, cascade: true) { applied } }", { id: temp.id })).errors,
    ).toBeUndefined();
    const listed = (await ours()).find((c) => c.id === stale.id)!;
    expect(listed.stale).toBe(true);
    expect(listed.staleReason).toContain(`no node has id '${temp.id}'`);
    const r = await gql<{
      bestInvestment: { leftOut: Array<{ id: string; staleReason: string }>; candidates: Array<{ candidate: { id: string } }> };
    }>(admin.app, admin.token, BEST, { b: 1e6, c: [stale.id] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.bestInvestment.leftOut.map((c) => c.id)).toEqual([stale.id]);
    expect(r.data!.bestInvestment.candidates).toEqual([]);
  });

  it("deletes a candidate, audited", async () => {
    const made = (await save("To delete", WORKAROUND)).data!.saveCandidate;
    const r = await gql(admin.app, admin.token, "mutation($id: ID!) { deleteCandidate(id: $id) }", { id: made.id });
    expect(r.data).toEqual({ deleteCandidate: true });
    expect((await ours()).map((c) => c.id)).not.toContain(made.id);
    expect((await events("candidate.delete")).map((e) => e.target)).toContain(made.id);
  });
});
