import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { readGraphVersion } from "../../server/graph/graph-version.js";
import { deleteUnlisted } from "../../server/graph/stored-nodes.js";
import type { InterchangeInput } from "../../server/model/document.js";
import { canonical, loadJson } from "../support/documents.js";
import { appWithToken, gql, openDatabase, importConfirmed } from "../support/integration.js";

const EXAMPLE = loadJson("seed/worked-example.json");

/**
 * The worked example after a REPLACE that changes a node's type (the supplier `sup-path`
 * becomes a system), drops `sys-ad` and every relationship it had, adds `sys-new`, and
 * changes and removes properties of a kept node.
 */
function revised(): InterchangeInput {
  const doc = structuredClone(EXAMPLE);
  doc.suppliers = [];
  doc.systems = doc.systems!.filter((s) => s.id !== "sys-ad").map(({ supplier: _, ...s }) => s);
  doc.systems.push(
    { id: "sup-path", name: "Pathology partner link", organisation: "org-a", kind: "INTEGRATION" },
    { id: "sys-new", name: "Booking portal", organisation: "org-a", kind: "APPLICATION" },
  );
  doc.careServices = doc.careServices!.map(({ workaround, ...s }) =>
    s.id === "svc-ed" ? { ...s, patientsPerDay: 250 } : { ...s, workaround },
  );
  doc.dependencies = doc.dependencies!.filter((d) => d.to !== "sys-ad");
  doc.dependencies.push({ from: "svc-outpatients", to: "sys-new", effect: "DEGRADES", capacity: 0.7 });
  doc.administers = [];
  return doc;
}

let db: Database;
let admin: { app: App; token: string };
let manager: { app: App; token: string };

async function importDoc(doc: unknown, mode: "MERGE" | "REPLACE") {
  const r = await importConfirmed(admin.app, admin.token, doc, mode);
  expect(r.errors).toBeUndefined();
  return r.data!.importGraph;
}
async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject() as T));
}
/** Every node that is not part of the dependency graph, counted by its labels. */
const otherNodes = (): Promise<Array<{ labels: string[]; n: number }>> =>
  rows("MATCH (m) WHERE NOT m:Node RETURN labels(m) AS labels, count(*) AS n ORDER BY labels");
const elementIds = async (ids: string[]): Promise<Record<string, string>> =>
  Object.fromEntries(
    (await rows<{ id: string; eid: string }>("MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, elementId(n) AS eid", { ids })).map(
      (r) => [r.id, r.eid],
    ),
  );

beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
  manager = await appWithToken(db, "RISK_MANAGER");
});
afterAll(() => db.close());

describe("REPLACE over a graph that holds the same ids", () => {
  it("relabels, updates in place, removes unlisted nodes with their relationships, and keeps everything that is not the graph", async () => {
    await importDoc(EXAMPLE, "REPLACE");
    const risk = await gql<{ createRisk: { id: string } }>(
      manager.app,
      manager.token,
      "mutation($i: RiskInput!) { createRisk(input: $i) { id } }",
      {
        i: {
          title: "Directory outage",
          description: "Active Directory is lost.",
          threat: "RANSOMWARE",
          scenario: { lost: ["sys-ad"], compromised: ["sys-ad"], hours: 24 },
          likelihood: "MEDIUM",
          owner: "replace-test",
          organisation: "org-a",
          treatment: "TREAT",
          nextReviewDate: "2030-01-01",
        },
      },
    );
    expect(risk.errors).toBeUndefined();
    const kept = await elementIds(["sup-path", "sys-epr", "svc-ed"]);
    const before = await otherNodes();

    const doc = revised();
    expect(await importDoc(doc, "REPLACE")).toEqual({ nodes: 14, relationships: 28 });

    const exported = await gql<{ exportGraph: unknown }>(admin.app, admin.token, "{ exportGraph }");
    expect(canonical(exported.data?.exportGraph)).toEqual(canonical(doc));
    // Listed nodes are the same nodes, changed in place; the relabelled one has its new label only.
    expect(await elementIds(["sup-path", "sys-epr", "svc-ed"])).toEqual(kept);
    expect(await rows("MATCH (n:Node {id: 'sup-path'}) RETURN labels(n) AS labels")).toEqual([{ labels: ["Node", "System"] }]);
    expect(await rows("MATCH (n {id: 'sys-ad'}) RETURN n.id AS id")).toEqual([]);
    // No relationship survives that the document does not list, whatever its ends.
    expect(await rows("MATCH (:Node)-[r]->() RETURN count(r) AS n")).toEqual([{ n: 28 }]);
    // Tokens, the register, Meta and the audit trail stay; the trail gains the import's event and its document.
    const after = await otherNodes();
    const count = (l: typeof before, label: string): number => l.find((x) => x.labels.includes(label))?.n ?? 0;
    const others = (l: typeof before) => l.filter((x) => !x.labels.includes("AuditEvent") && !x.labels.includes("AuditDocumentPart"));
    expect(others(after)).toEqual(others(before));
    expect(count(after, "AuditEvent")).toBe(count(before, "AuditEvent") + 1);
    expect(count(after, "AuditDocumentPart")).toBeGreaterThan(count(before, "AuditDocumentPart"));
    const read = await gql<{ risk: { id: string; title: string } | null }>(
      manager.app,
      manager.token,
      "query($id: ID!) { risk(id: $id) { id title } }",
      {
        id: risk.data!.createRisk.id,
      },
    );
    expect(read.data?.risk).toEqual({ id: risk.data!.createRisk.id, title: "Directory outage" });
  });

  it("writes only the relationships that differ: the same ones keep their identity, a changed one is updated in place", async () => {
    await importDoc(EXAMPLE, "REPLACE");
    const rels = () =>
      rows<{ key: string; rid: string; capacity: number | null }>(
        "MATCH (a:Node)-[r]->(b:Node) RETURN type(r) + ' ' + a.id + ' ' + b.id AS key, elementId(r) AS rid, r.capacity AS capacity ORDER BY key",
      );
    const first = await rels();
    await importDoc(EXAMPLE, "REPLACE");
    expect(await rels()).toEqual(first);

    const doc = structuredClone(EXAMPLE);
    const changed = doc.dependencies!.find((d) => d.effect === "DEGRADES")!;
    changed.capacity = 0.25;
    doc.dependencies = doc.dependencies!.filter((d) => d !== doc.dependencies![0]);
    doc.dependencies.push({ from: "svc-ed", to: "sys-ad", effect: "FAILS" });
    await importDoc(doc, "REPLACE");
    const exported = await gql<{ exportGraph: unknown }>(admin.app, admin.token, "{ exportGraph }");
    expect(canonical(exported.data?.exportGraph)).toEqual(canonical(doc));
    const after = new Map((await rels()).map((r) => [r.key, r]));
    const before = new Map(first.map((r) => [r.key, r]));
    const key = (d: { from: string; to: string }) => `DEPENDS_ON ${d.from} ${d.to}`;
    expect(after.get(key(changed))).toEqual({ ...before.get(key(changed)), capacity: 0.25 });
    expect(after.has(key(EXAMPLE.dependencies![0]!))).toBe(false);
    expect(before.has(key({ from: "svc-ed", to: "sys-ad" }))).toBe(false);
    expect(after.has(key({ from: "svc-ed", to: "sys-ad" }))).toBe(true);
    const untouched = first.filter((r) => r.key !== key(changed) && r.key !== key(EXAMPLE.dependencies![0]!));
    expect(untouched.map((r) => after.get(r.key))).toEqual(untouched);
  });

  it("MERGE takes the same path without deleting: new nodes linked to stored ones, the rest untouched", async () => {
    await importDoc(revised(), "REPLACE");
    const merged = {
      systems: [{ id: "sys-x", name: "Theatre scheduling", organisation: "org-a", kind: "APPLICATION" }],
      dependencies: [{ from: "sys-x", to: "sys-epr", effect: "FAILS" }],
    };
    expect(await importDoc(merged, "MERGE")).toEqual({ nodes: 1, relationships: 2 });
    expect(await rows("MATCH (n:Node) RETURN count(n) AS n")).toEqual([{ n: 15 }]);
    expect(await rows("MATCH (:Node)-[r]->() RETURN count(r) AS n")).toEqual([{ n: 30 }]);
    expect(await rows("MATCH (:System {id: 'sys-x'})-[r]->(m) RETURN type(r) AS t, m.id AS to ORDER BY t")).toEqual([
      { t: "DEPENDS_ON", to: "sys-epr" },
      { t: "OPERATED_BY", to: "org-a" },
    ]);
  });
});

describe("deleteUnlisted", () => {
  it("within one organisation's scope deletes only that organisation's unlisted nodes", async () => {
    const other = {
      organisations: [{ id: "org-b", name: "Hillside Community Trust", type: "COMMUNITY_TRUST" }],
      systems: [{ id: "sys-b", name: "Community EPR", organisation: "org-b", kind: "APPLICATION" }],
    };
    await importDoc(
      { ...EXAMPLE, organisations: [...EXAMPLE.organisations!, ...other.organisations], systems: [...EXAMPLE.systems!, ...other.systems] },
      "REPLACE",
    );
    const keep = new Set(["sys-epr", "sys-pas", "ds-epr", "svc-ed"]);
    const kept = await db.write((tx) => deleteUnlisted(tx, keep, { kind: "organisation", id: "org-a" }));
    expect([...kept.keys()].sort()).toEqual([...keep].sort());
    expect([...kept.values()].map((n) => n.label).sort()).toEqual(["CareService", "DataStore", "System", "System"]);
    const left = await rows<{ id: string }>("MATCH (n:Node) RETURN n.id AS id ORDER BY id");
    expect(left.map((r) => r.id)).toEqual(["ds-epr", "org-a", "org-b", "sup-path", "svc-ed", "sys-b", "sys-epr", "sys-pas"]);
    await importDoc(EXAMPLE, "REPLACE");
  });
});

describe("a REPLACE that would remove most of the graph", () => {
  it("is refused naming the count, writes nothing, and goes ahead only with that count confirmed", async () => {
    await importDoc(EXAMPLE, "REPLACE");
    const version = await db.read(readGraphVersion);
    const nodes = await rows<{ n: number }>("MATCH (n:Node) RETURN count(n) AS n");
    const total = Number(nodes[0]!.n);
    const EMPTY = "mutation($c: Int) { importGraph(document: {}, mode: REPLACE, confirmRemoval: $c) { nodes } }";
    for (const c of [null, 1, total + 1]) {
      const r = await gql(admin.app, admin.token, EMPTY, { c });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message).toContain(`would remove ${total} of the graph's ${total} nodes`);
      expect(r.errors?.[0]?.extensions?.problems).toEqual([
        { path: "$.confirmRemoval", message: expect.stringContaining(`must be ${total}`) },
      ]);
    }
    expect(await db.read(readGraphVersion)).toBe(version);
    expect(Number((await rows<{ n: number }>("MATCH (n:Node) RETURN count(n) AS n"))[0]!.n)).toBe(total);
    // Less than half goes ahead unasked: the worked example over itself and one more organisation.
    await importDoc({ organisations: [{ id: "org-replace-extra", name: "Extra trust", type: "ACUTE_TRUST" }] }, "MERGE");
    const partial = await gql(manager.app, manager.token, "mutation($d: JSON!) { importGraph(document: $d, mode: REPLACE) { nodes } }", {
      d: EXAMPLE,
    });
    expect(partial.errors).toBeUndefined();
    const confirmed = await gql(admin.app, admin.token, EMPTY, { c: total });
    expect(confirmed.errors).toBeUndefined();
    expect(Number((await rows<{ n: number }>("MATCH (n:Node) RETURN count(n) AS n"))[0]!.n)).toBe(0);
    await importDoc(EXAMPLE, "REPLACE");
  });
});
