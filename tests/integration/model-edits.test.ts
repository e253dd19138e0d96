import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase, idPrefix, importDocument, closeRemoving } from "../support/integration.js";

const P = idPrefix("e", 6);
const DOC = withPrefix(loadJson("seed/worked-example.json"), P);
const RESULT = `applied graphVersion auditSeq
  changes { counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsChanged relationshipsRemoved }
    nodesAdded { id label before after } nodesChanged { id label before after } nodesRemoved { id label before after }
    relationshipsAdded { type from to before after } relationshipsChanged { type from to before after } relationshipsRemoved { type from to before after } }`;
const BATCH = `mutation($c: [ModelChangeInput!]!, $cascade: Boolean, $preview: Boolean) { applyModelChanges(changes: $c, cascade: $cascade, preview: $preview) { ${RESULT} } }`;

let db: Database;
let admin: { app: App; token: string };

/** This test's part of the graph, as it stands: nodes and relationships by id. */
async function ours(): Promise<string> {
  const r = await db.read((tx) =>
    tx.run(
      `MATCH (n:Node) WHERE n.id STARTS WITH $p
       OPTIONAL MATCH (n)-[r]->(m:Node)
       WITH n, r, m ORDER BY type(r), m.id
       RETURN n.id AS id, properties(n) AS p, collect([type(r), m.id, properties(r)]) AS out ORDER BY id`,
      { p: P },
    ),
  );
  return JSON.stringify(r.records.map((x) => [x.get("id"), x.get("p"), x.get("out")]));
}
const batch = (c: unknown[], extra: Record<string, unknown> = {}) =>
  gql<{ applyModelChanges: Record<string, unknown> }>(admin.app, admin.token, BATCH, { c, ...extra });
const lastEvent = async () => {
  const r = await gql<{
    auditTrail: { events: Array<{ seq: number; action: string; before: unknown; after: { removed: unknown; document: unknown } }> };
  }>(admin.app, admin.token, '{ auditTrail(action: "graph.change", first: 1000) { events { seq action before after } } }');
  return r.data!.auditTrail.events.at(-1)!;
};

beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
  const r = await importDocument(admin.app, admin.token, DOC);
  expect(r.errors).toBeUndefined();
});
afterAll(() => closeRemoving(db, P));

describe("editing the model", () => {
  it("creates a node under the document rules, bumps the version and records one event with before and after", async () => {
    const version = (await gql<{ graphSummary: { version: number } }>(admin.app, admin.token, "{ graphSummary { version } }")).data!
      .graphSummary.version;
    const system = { id: `${P}sys-new`, name: "New system", organisation: `${P}org-a`, kind: "APPLICATION" };
    const r = await gql<{ createNode: { applied: boolean; graphVersion: number; auditSeq: number; changes: { nodesAdded: unknown[] } } }>(
      admin.app,
      admin.token,
      `mutation($n: NodeInput!) { createNode(node: $n) { ${RESULT} } }`,
      { n: { system } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createNode.applied).toBe(true);
    expect(r.data!.createNode.graphVersion).toBeGreaterThan(version);
    expect(r.data!.createNode.changes.nodesAdded).toEqual([{ id: system.id, label: "System", before: null, after: system }]);
    const e = await lastEvent();
    expect(e.seq).toBe(r.data!.createNode.auditSeq);
    expect(e.after.document).toMatchObject({ systems: [system] });

    const again = await gql(admin.app, admin.token, `mutation($n: NodeInput!) { createNode(node: $n) { applied } }`, { n: { system } });
    expect(again.errors?.[0]?.extensions?.problems).toEqual([
      { path: "$.node.system.id", message: `'${system.id}' already exists (a System)` },
    ]);
  });

  it("refuses what the document rules refuse, at the argument's path", async () => {
    const r = await batch([
      { op: "UPSERT", dependency: { from: `${P}svc-ed`, to: `${P}nothing` } },
      { op: "UPDATE", node: { dataStore: { id: `${P}ds-epr`, name: "EPR", organisation: `${P}org-a`, records: -1, sensitivity: "T2" } } },
      { op: "UPSERT", dependency: { from: `${P}svc-ed`, to: `${P}sys-pas`, effect: "DEGRADES" } },
    ]);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.problems).toEqual(
      expect.arrayContaining([
        { path: "$.changes[1].node.dataStore.records", message: "must not be negative" },
        { path: "$.changes[0].dependency.to", message: `unknown reference '${P}nothing'` },
        { path: "$.changes[2].dependency.capacity", message: "DEGRADES needs a capacity between 0 and 1" },
      ]),
    );
  });

  it("a refused batch changes nothing, though most of it was good", async () => {
    const before = await ours();
    const r = await batch([
      { op: "CREATE", node: { supplier: { id: `${P}sup-x`, name: "X" } } },
      { op: "UPSERT", dependency: { from: `${P}sys-epr`, to: `${P}sup-x` } },
      { op: "DELETE", dependency: { from: `${P}svc-ed`, to: `${P}sys-epr` } },
      { op: "DELETE", id: `${P}no-such-node` },
    ]);
    expect(r.errors?.[0]?.extensions?.problems).toEqual([{ path: "$.changes[3].id", message: `no node has id '${P}no-such-node'` }]);
    expect(await ours()).toBe(before);
  });

  it("refuses to delete a node others refer to, listing them; with cascade removes exactly those", async () => {
    const refused = await gql(admin.app, admin.token, `mutation($id: ID!) { deleteNode(id: $id) { applied } }`, { id: `${P}sup-path` });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((refused.errors?.[0]?.extensions as { referrers: unknown }).referrers).toEqual(
      expect.arrayContaining([
        { node: `${P}sup-path`, type: "DEPENDS_ON", from: `${P}sys-lims`, to: `${P}sup-path` },
        { node: `${P}sup-path`, type: "SUPPLIED_BY", from: `${P}sys-lims`, to: `${P}sup-path` },
      ]),
    );
    const r = await gql<{ deleteNode: { changes: Record<string, unknown> } }>(
      admin.app,
      admin.token,
      `mutation($id: ID!) { deleteNode(id: $id, cascade: true) { ${RESULT} } }`,
      { id: `${P}sup-path` },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.deleteNode.changes;
    expect(c.nodesRemoved).toEqual([
      { id: `${P}sup-path`, label: "Supplier", before: { id: `${P}sup-path`, name: "Pathology partner" }, after: null },
    ]);
    expect(c.relationshipsRemoved).toEqual([
      { type: "DEPENDS_ON", from: `${P}sys-lims`, to: `${P}sup-path`, before: { effect: "FAILS" }, after: null },
    ]);
    expect(c.nodesChanged).toEqual([
      expect.objectContaining({
        id: `${P}sys-lims`,
        before: expect.objectContaining({ supplier: `${P}sup-path` }),
        after: expect.not.objectContaining({ supplier: expect.anything() }),
      }),
    ]);
    const node = await gql<{ node: unknown }>(admin.app, admin.token, `{ node(id: "${P}sup-path") { id } }`);
    expect(node.data!.node).toBeNull();
  });

  it("a preview writes nothing, and its change set is what the apply then writes", async () => {
    const changes = [
      { op: "DELETE", dependency: { from: `${P}sys-pas`, to: `${P}sys-4g` } },
      {
        op: "UPDATE",
        node: {
          careService: {
            id: `${P}svc-outpatients`,
            name: "Outpatients",
            organisation: `${P}org-a`,
            severity: "MAJOR",
            patientsPerDay: 900,
          },
        },
      },
      { op: "CREATE", node: { system: { id: `${P}sys-wifi`, name: "Wi-Fi", organisation: `${P}org-a`, kind: "NETWORK" } } },
      { op: "UPSERT", access: { system: `${P}sys-pas`, dataStore: `${P}ds-epr` } },
    ];
    const before = await ours();
    const preview = await gql<{
      applyModelChanges: {
        applied: boolean;
        changes: unknown;
        effect: { spofChanges: Array<{ service: { id: string }; added: Array<{ id: string }> }>; rankingAfter: unknown[] };
      };
    }>(
      admin.app,
      admin.token,
      `mutation($c: [ModelChangeInput!]!) { applyModelChanges(changes: $c, preview: true) { ${RESULT} effect { hours rankingBefore { rank score asset { id name } } rankingAfter { rank asset { id } } spofChanges { service { id } added { id } removed { id } } riskMoves { id from to } } } }`,
      { c: changes },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.applyModelChanges.applied).toBe(false);
    expect(await ours()).toBe(before);
    expect(preview.data!.applyModelChanges.effect.spofChanges).toContainEqual({
      service: { id: `${P}svc-outpatients` },
      added: [{ id: `${P}sys-net` }],
      removed: [],
    });
    expect(preview.data!.applyModelChanges.effect.rankingAfter.length).toBeGreaterThan(0);

    const applied = await batch(changes);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyModelChanges.changes).toEqual(preview.data!.applyModelChanges.changes);
    expect(await ours()).not.toBe(before);
    const spof = await gql<{ singlePointsOfFailure: Array<{ id: string }> }>(
      admin.app,
      admin.token,
      `{ singlePointsOfFailure(service: "${P}svc-outpatients") { id } }`,
    );
    expect(spof.data!.singlePointsOfFailure.map((n) => n.id)).toContain(`${P}sys-net`);
    const e = await lastEvent();
    expect(e.after.removed).toEqual({
      nodes: [],
      dependencies: [{ from: `${P}sys-pas`, to: `${P}sys-4g` }],
      accesses: [],
      administers: [],
    });
  });

  it("the graph as of a past time replays edits", async () => {
    const at = new Date().toISOString();
    await batch([{ op: "DELETE", id: `${P}sys-wifi` }]);
    const past = await gql<{ exportGraph: { systems: Array<{ id: string }> } }>(
      admin.app,
      admin.token,
      "query($t: DateTime) { exportGraph(asOf: $t) }",
      { t: at },
    );
    expect(past.errors).toBeUndefined();
    expect(past.data!.exportGraph.systems.map((s) => s.id)).toContain(`${P}sys-wifi`);
    const now = await gql<{ exportGraph: { systems: Array<{ id: string }> } }>(admin.app, admin.token, "{ exportGraph }");
    expect(now.data!.exportGraph.systems.map((s) => s.id)).not.toContain(`${P}sys-wifi`);
  });

  it("keeps recoveryHours, refuses one not above 0, and refuses a redundancy group left short, at the argument's path", async () => {
    const system = { id: `${P}sys-4g`, name: "4G failover", organisation: `${P}org-a`, kind: "NETWORK", recoveryHours: 12 };
    const ok = await gql(admin.app, admin.token, `mutation($n: NodeInput!) { updateNode(node: $n) { applied } }`, { n: { system } });
    expect(ok.errors).toBeUndefined();
    const stored = await gql<{ exportGraph: { systems: Array<{ id: string; recoveryHours?: number }> } }>(
      admin.app,
      admin.token,
      "{ exportGraph }",
    );
    expect(stored.data!.exportGraph.systems.find((s) => s.id === system.id)?.recoveryHours).toBe(12);

    const zero = await gql(admin.app, admin.token, `mutation($n: NodeInput!) { updateNode(node: $n) { applied } }`, {
      n: { system: { ...system, recoveryHours: 0 } },
    });
    expect(zero.errors?.[0]?.extensions?.problems).toEqual([{ path: "$.node.system.recoveryHours", message: "must be above 0" }]);

    // sys-pas's group "network" holds sys-net alone by now: a share of 0.4 leaves it short.
    const short = await gql(admin.app, admin.token, `mutation($d: DependencyInput!) { setDependency(dependency: $d) { applied } }`, {
      d: { from: `${P}sys-pas`, to: `${P}sys-net`, group: "network", share: 0.4 },
    });
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ path: "$.dependency.share", message: expect.stringContaining("0.6 short") }),
    ]);
  });

  it("refuses a deletion that leaves a redundancy group short, at the deletion", async () => {
    const add = await gql(admin.app, admin.token, `mutation($d: DependencyInput!) { setDependency(dependency: $d) { applied } }`, {
      d: { from: `${P}sys-pas`, to: `${P}sys-4g`, group: "network", share: 0.5 },
    });
    expect(add.errors).toBeUndefined();
    const before = await ours();
    const cut = await gql(admin.app, admin.token, `mutation { removeDependency(from: "${P}sys-pas", to: "${P}sys-net") { applied } }`);
    expect(cut.errors?.[0]?.extensions?.problems).toEqual([
      { path: "$.dependency", message: expect.stringMatching(/^group 'network' of '.*sys-pas' .* add up to 0\.5, 0\.5 short/) },
    ]);
    const cascade = await gql(admin.app, admin.token, `mutation { deleteNode(id: "${P}sys-net", cascade: true) { applied } }`);
    expect(cascade.errors?.[0]?.extensions?.problems).toContainEqual({ path: "$.id", message: expect.stringContaining("0.5 short") });
    expect(await ours()).toBe(before);
    // Raising the other member's share in the same batch makes the deletion good.
    const both = await batch(
      [
        { op: "DELETE", dependency: { from: `${P}sys-pas`, to: `${P}sys-net` } },
        { op: "UPSERT", dependency: { from: `${P}sys-pas`, to: `${P}sys-4g`, group: "network", share: 1 } },
      ],
      { preview: true },
    );
    expect(both.errors).toBeUndefined();
  });

  it("a preview names the risks whose computed consequence would move", async () => {
    const risk = await gql<{ createRisk: { id: string; computedConsequence: string } }>(
      admin.app,
      admin.token,
      `mutation($i: RiskInput!) { createRisk(input: $i) { id computedConsequence } }`,
      {
        i: {
          title: `${P}directory lost`,
          threat: "OTHER",
          scenario: { lost: [`${P}sys-ad`] },
          likelihood: "LOW",
          owner: "o",
          treatment: "TREAT",
          nextReviewDate: "2030-01-01",
        },
      },
    );
    expect(risk.errors).toBeUndefined();
    const { id, computedConsequence } = risk.data!.createRisk;
    try {
      const preview = await gql<{
        removeDependency: { effect: { riskMoves: Array<{ id: string; from: string | null; to: string | null }> } };
      }>(
        admin.app,
        admin.token,
        `mutation { removeDependency(from: "${P}sys-epr", to: "${P}sys-ad", preview: true) { effect { riskMoves { id from to } } } }`,
      );
      expect(preview.errors).toBeUndefined();
      const move = preview.data!.removeDependency.effect.riskMoves.find((m) => m.id === id);
      expect(move?.from).toBe(computedConsequence);
      expect(move?.to).not.toBe(computedConsequence);
    } finally {
      await gql(admin.app, admin.token, `mutation { deleteRisk(id: "${id}") }`);
    }
  });

  it("a preview's effect is the same worked out in worker threads as on the main thread", async () => {
    const threaded = createApp({ db, maxRequestBytes: 64 * 1024 * 1024, analysisWorkers: 1 });
    try {
      const q = `mutation { deleteNode(id: "${P}sys-ad", cascade: true, preview: true) {
        effect { rankingBefore { rank score asset { id } } rankingAfter { rank score asset { id } } spofChanges { service { id } added { id } removed { id } } riskMoves { id from to } } } }`;
      const inline = await gql(admin.app, admin.token, q);
      const inWorkers = await gql(threaded, admin.token, q);
      expect(inline.errors).toBeUndefined();
      expect(inWorkers.errors).toBeUndefined();
      expect(inWorkers.data).toEqual(inline.data);
      expect((inline.data as { deleteNode: { effect: { spofChanges: unknown[] } } }).deleteNode.effect.spofChanges.length).toBeGreaterThan(
        0,
      );
    } finally {
      await threaded.close();
    }
  });

  it("edits racing each other all land: each write plans again when another moved the graph first", async () => {
    const names = Array.from({ length: 6 }, (_, i) => `${P}sup-race-${i}`);
    const results = await Promise.all(
      names.map((id) =>
        gql<{ createNode: { applied: boolean; graphVersion: number } }>(
          admin.app,
          admin.token,
          `mutation($n: NodeInput!) { createNode(node: $n) { applied graphVersion } }`,
          { n: { supplier: { id, name: id } } },
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.createNode.graphVersion)).size).toBe(names.length);
    const stored = await db.read((tx) => tx.run("MATCH (n:Supplier) WHERE n.id IN $ids RETURN count(n) AS n", { ids: names }));
    expect(Number(stored.records[0]!.get("n"))).toBe(names.length);
  });

  it("AUDITOR and BOARD are refused before their arguments are looked at", async () => {
    for (const role of ["AUDITOR", "BOARD"] as const) {
      const { app, token } = await appWithToken(db, role);
      for (const q of [
        `mutation { applyModelChanges(changes: [{ op: DELETE }]) { applied } }`,
        `mutation { deleteNode(id: "${P}org-a") { applied } }`,
        `mutation { importModel(files: [{ name: "x.csv", content: "" }]) { applied } }`,
      ]) {
        const r = await gql(app, token, q);
        expect(r.errors?.[0]?.extensions?.code, `${role}: ${q}`).toBe("FORBIDDEN");
      }
    }
  });
});
