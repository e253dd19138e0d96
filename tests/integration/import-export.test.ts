import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { canonical, loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase, importConfirmed, idPrefix } from "../support/integration.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { InterchangeDocument } from "../../server/model/document.js";

const EXAMPLE = loadJson("seed/worked-example.json");
const DEMO = loadJson("seed/demo-ics.json");
const EXPORT = "{ exportGraph }";

let db: Database;
let app: App;
let token: string;

async function exportNow(): Promise<unknown> {
  const r = await gql<{ exportGraph: unknown }>(app, token, EXPORT);
  expect(r.errors).toBeUndefined();
  return r.data?.exportGraph;
}
async function importDoc(doc: unknown, mode: "MERGE" | "REPLACE") {
  return importConfirmed(app, token, doc, mode);
}

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "ADMIN"));
});
afterAll(() => db.close());

describe("whole-graph import and export", () => {
  it("round-trips the demo ICS: export after REPLACE equals the input", async () => {
    const r = await importDoc(DEMO, "REPLACE");
    expect(r.errors).toBeUndefined();
    const doc = canonical(DEMO);
    const nodes = doc.organisations.length + doc.careServices.length + doc.systems.length + doc.dataStores.length + doc.suppliers.length;
    expect(r.data?.importGraph.nodes).toBe(nodes);
    expect(canonical(await exportNow())).toEqual(doc);
  });

  it("keeps hosting as a property: export then import gives the same graph and the same ranking, implied relationships counted", async () => {
    const ranking = async (): Promise<unknown> => {
      const r = await gql<{ protectFirst: { edges: Array<{ node: { asset: { id: string }; score: number } }> } }>(
        app,
        token,
        "{ protectFirst(first: 60) { edges { node { asset { id } score } } } }",
      );
      expect(r.errors).toBeUndefined();
      return r.data?.protectFirst.edges.map((e) => [e.node.asset.id, e.node.score]);
    };
    await importDoc(DEMO, "REPLACE");
    const before = await ranking();
    const exported = await exportNow();
    expect((await importDoc(exported, "REPLACE")).errors).toBeUndefined();
    expect(canonical(await exportNow())).toEqual(canonical(DEMO));
    expect(await ranking()).toEqual(before);
    // The implied relationships are computed on, not stored: the engine over the document alone ranks the same.
    const engine = new Engine(projectDocument(InterchangeDocument.parse(DEMO)));
    const rows = rowsOf(rankAssets(engine, 24, DEFAULT_PROFILE)).slice(0, 60);
    const stored = before as Array<[string, number]>;
    expect(rows.map((r) => engine.p.idOf(r.node))).toEqual(stored.map(([id]) => id));
    // Sums taken in another node order may differ in the last bits.
    rows.forEach((r, k) => expect(r.score).toBeCloseTo(stored[k]![1], 6));
    expect(stored.map(([id]) => id)).toContain("sup-orchard");
  });

  it("REPLACE swaps the whole graph for the new document", async () => {
    await importDoc(DEMO, "REPLACE");
    const r = await importDoc(EXAMPLE, "REPLACE");
    expect(r.data?.importGraph).toEqual({ nodes: 14, relationships: 29 });
    expect(canonical(await exportNow())).toEqual(canonical(EXAMPLE));
  });

  it("a refused document leaves the graph byte-for-byte unchanged, in both modes", async () => {
    await importDoc(EXAMPLE, "REPLACE");
    const before = JSON.stringify(await exportNow());
    const bad = structuredClone(EXAMPLE);
    bad.systems!.push({ id: "sys-new", name: "New", organisation: "org-a", kind: "APPLICATION" });
    bad.dependencies!.push({ from: "sys-new", to: "sys-missing" });
    bad.careServices![0]!.patientsPerDay = -5;
    for (const mode of ["MERGE", "REPLACE"] as const) {
      const r = await importDoc(bad, mode);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.extensions?.problems).toEqual([
        { path: "$.careServices[0].patientsPerDay", message: "must not be negative" },
        { path: "$.dependencies[12].to", message: "unknown reference 'sys-missing'" },
      ]);
      expect(JSON.stringify(await exportNow())).toBe(before);
    }
    // The server keeps serving after a refusal.
    expect((await gql(app, token, "{ me { role } }")).data).toEqual({ me: { role: "ADMIN" } });
  });
});

describe("MERGE on a test's own nodes", () => {
  const prefix = idPrefix("t");
  const mine = withPrefix(EXAMPLE, prefix);
  afterAll(() => db.write((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: prefix })));

  async function myNodes(): Promise<string> {
    const rows = await db.read((tx) =>
      tx.run(
        `MATCH (n:Node) WHERE n.id STARTS WITH $p
         OPTIONAL MATCH (n)-[r]->(m)
         WITH n, r, m ORDER BY n.id, type(r), m.id
         RETURN n.id AS id, properties(n) AS p, collect([type(r), m.id, properties(r)]) AS rels`,
        { p: prefix },
      ),
    );
    return JSON.stringify(rows.records.map((r) => r.toObject()));
  }

  it("is idempotent: importing twice changes nothing", async () => {
    const first = await importDoc(mine, "MERGE");
    expect(first.data?.importGraph).toEqual({ nodes: 14, relationships: 29 });
    const after1 = await myNodes();
    await importDoc(mine, "MERGE");
    expect(await myNodes()).toBe(after1);
  });

  it("updates properties and edges by id, and links to nodes already in the graph", async () => {
    await importDoc(mine, "MERGE");
    const patch = {
      careServices: [{ ...mine.careServices![0]!, patientsPerDay: 300 }],
      dependencies: [{ from: `${prefix}svc-outpatients`, to: `${prefix}sys-4g`, effect: "DEGRADES", capacity: 0.8 }],
    };
    const r = await importDoc(patch, "MERGE");
    expect(r.errors).toBeUndefined();
    const q = await gql<{
      node: { patientsPerDay: number; neighbours: Array<{ node: { id: string }; effect: string; capacity: number }> };
    }>(
      app,
      token,
      `query($id: ID!) { node(id: $id) { ... on CareService { patientsPerDay } neighbours(direction: OUTGOING) { node { id } effect capacity } } }`,
      { id: `${prefix}svc-outpatients` },
    );
    expect(q.data?.node.neighbours).toContainEqual({ node: { id: `${prefix}sys-4g` }, effect: "DEGRADES", capacity: 0.8 });
    const ed = await gql<{ node: { patientsPerDay: number } }>(
      app,
      token,
      `query($id: ID!) { node(id: $id) { ... on CareService { patientsPerDay } } }`,
      {
        id: `${prefix}svc-ed`,
      },
    );
    expect(ed.data?.node.patientsPerDay).toBe(300);
  });

  it("refuses a MERGE that breaks a group already in the graph", async () => {
    await importDoc(mine, "MERGE");
    const r = await importDoc(
      { dependencies: [{ from: `${prefix}sys-pas`, to: `${prefix}sys-ad`, group: "network", effect: "DEGRADES", capacity: 0.5 }] },
      "MERGE",
    );
    expect(r.errors?.[0]?.extensions?.problems?.[0]?.message).toMatch(/disagree.*in the graph/);
  });

  it("node(id) returns properties and neighbours in both directions", async () => {
    await importDoc(mine, "MERGE");
    const r = await gql<{
      node: Record<string, unknown> & {
        neighbours: Array<{
          relationship: string;
          direction: string;
          node: { id: string; label: string };
          group: string | null;
          share: number | null;
        }>;
      };
    }>(
      app,
      token,
      `query($id: ID!) { node(id: $id) { id name label ... on System { kind organisation }
         neighbours { relationship direction group share node { id label } } } }`,
      { id: `${prefix}sys-pas` },
    );
    const node = r.data!.node;
    expect(node).toMatchObject({ id: `${prefix}sys-pas`, label: "System", kind: "APPLICATION", organisation: `${prefix}org-a` });
    const seen = node.neighbours.map((n) => `${n.direction} ${n.relationship} ${n.node.id}`).sort();
    expect(seen).toEqual(
      [
        `INCOMING ADMINISTERS ${prefix}sys-ad`,
        `INCOMING DEPENDS_ON ${prefix}svc-outpatients`,
        `OUTGOING DEPENDS_ON ${prefix}sys-4g`,
        `OUTGOING DEPENDS_ON ${prefix}sys-epr`,
        `OUTGOING DEPENDS_ON ${prefix}sys-net`,
        `OUTGOING OPERATED_BY ${prefix}org-a`,
      ].sort(),
    );
    expect(node.neighbours.find((n) => n.node.id === `${prefix}sys-4g`)).toMatchObject({ group: "network", share: null });
  });

  it("finds nodes by id prefix or by part of the name", async () => {
    await importDoc(mine, "MERGE");
    const r = await gql<{ byName: Array<{ id: string }>; byId: Array<{ id: string }> }>(
      app,
      token,
      `query($p: String!) { byName: searchNodes(text: "Laboratory information", first: 50) { id } byId: searchNodes(text: $p, first: 50) { id } }`,
      { p: `${prefix}sys-l` },
    );
    expect(r.data!.byName.map((n) => n.id)).toContain(`${prefix}sys-lims`);
    expect(r.data!.byId.map((n) => n.id)).toEqual([`${prefix}sys-lims`]);
  });

  it("answers null for an unknown id", async () => {
    const r = await gql(app, token, `{ node(id: "${prefix}nothing") { id } }`);
    expect(r.data).toEqual({ node: null });
  });
});

describe("constraints", () => {
  it("refuse a duplicate id written behind the API's back", async () => {
    const id = `t${randomUUID().slice(0, 8)}-dup`;
    try {
      await db.write((tx) => tx.run("CREATE (:Node:System {id: $id, name: 'a'})", { id }));
      await expect(db.write((tx) => tx.run("CREATE (:Node:DataStore {id: $id, name: 'b'})", { id }))).rejects.toThrow(
        /already exists|conflicts/,
      );
      await expect(db.write((tx) => tx.run("CREATE (:System {id: $id, name: 'c'})", { id }))).rejects.toThrow(/already exists|conflicts/);
    } finally {
      await db.write((tx) => tx.run("MATCH (n) WHERE n.id = $id DETACH DELETE n", { id }));
    }
  });
});
