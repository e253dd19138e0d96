import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import type { App } from "../../server/app.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { loadDemoRegister } from "../../server/import/demo-register.js";
import { registerProfile } from "../../server/register/register.js";
import type { BoardReport } from "../../server/report/board-report.js";
import { loadJson } from "../support/documents.js";
import { appWithToken, gql, importConfirmed, openDatabase } from "../support/integration.js";

const ORG = "org-rvr";
const ORG_NAME = "Riverside Hospitals NHS Foundation Trust";
let db: Database;
let admin: { app: App; token: string };
let elsewhere = "";
const dir = mkdtempSync(`${tmpdir()}/board-evidence-`);

const get = (path: string, token = admin.token): Promise<Response> =>
  admin.app.fetch(new Request(`http://127.0.0.1:4000${path}`, { headers: { authorization: `Bearer ${token}` } }));
const clearRisks = (): Promise<unknown> =>
  db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.id STARTS WITH $p DELETE k", { p: "risk-demo-" }));
const clearKept = (): Promise<unknown> => db.write((tx) => tx.run("MATCH (k:KeptReport) WHERE k.madeBy STARTS WITH 'test-' DELETE k"));
const cypher = async <T>(q: string, params: Record<string, unknown> = {}): Promise<T[]> =>
  db.read(async (tx) => (await tx.run(q, params)).records.map((r) => r.toObject() as T));

/** Every sheet of a workbook as rows of text below its header row (the row starting with `first`). */
async function sheets(res: Response, first: Record<string, string>): Promise<Map<string, string[][]>> {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const out = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    // Array.from fills the holes ExcelJS leaves for empty cells.
    ws.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? "" : String(v)))));
    const head = rows.findIndex((r) => r[0] === first[ws.name]);
    expect(head, ws.name).toBeGreaterThan(0);
    out.set(ws.name, rows.slice(head + 1));
  }
  return out;
}

const split = (cell: string): string[] => (cell ? cell.split("\n").sort() : []);

beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
  const r = await importConfirmed(admin.app, admin.token, loadJson("seed/demo-ics.json"), "REPLACE");
  expect(r.errors).toBeUndefined();
  await clearRisks();
  await clearKept();
  const demo = loadJson("seed/demo-ics.json") as InterchangeDocument;
  await loadDemoRegister(db, admin.app.analysis, "seed/demo-register.json", demo, () => admin.app.lapses.idle(), registerProfile());
  ({ token: elsewhere } = await createToken(
    db,
    "RISK_MANAGER",
    "test-elsewhere",
    { name: "test set-up", role: "ADMIN" },
    { scope: ["org-nmg"] },
  ));
});
afterAll(async () => {
  await clearRisks();
  await clearKept();
  rmSync(dir, { recursive: true, force: true });
  await admin.app.close();
  await db.close();
});

describe("the DSPT evidence pack of one organisation, on the demo", () => {
  let pack: Map<string, string[][]>;
  beforeAll(async () => {
    pack = await sheets(await get(`/exports/dspt-evidence.xlsx?organisation=${ORG}`), {
      "A3.a Assets": "Asset",
      "A4 Suppliers": "Supplier",
      "B5.a Restore order": "Essential function",
      "D1 Exercises": "Exercise scenario",
    });
  });

  it("A3.a lists each system, data store and device fleet with its owner, the functions it supports, what it depends on and its rank", async () => {
    const rows = pack.get("A3.a Assets")!;
    const assets = await cypher<{ id: string; name: string; label: string; kind: string | null; owner: string | null }>(
      "MATCH (n:Node {organisation: $org}) WHERE n:System OR n:DataStore RETURN n.id AS id, n.name AS name, labels(n)[1] AS label, n.kind AS kind, n.owner AS owner",
      { org: ORG },
    );
    expect(rows.map((r) => r[0]).sort()).toEqual(assets.map((a) => a.name).sort());
    expect(rows.some((r) => r[1] === "Device fleet")).toBe(true);
    const ranked = await gql<{ protectFirst: { edges: Array<{ node: { overallRank: number; asset: { id: string } } }> } }>(
      admin.app,
      admin.token,
      "query($o: ID) { protectFirst(organisation: $o, first: 500) { edges { node { overallRank asset { id } } } } }",
      { o: ORG },
    );
    const rank = new Map(ranked.data!.protectFirst.edges.map((e) => [e.node.asset.id, e.node.overallRank]));
    for (const a of assets) {
      const row = rows.find((r) => r[0] === a.name)!;
      expect(row[1], a.id).toBe(a.label === "DataStore" ? "Data store" : a.kind === "DEVICE" ? "Device fleet" : row[1]);
      expect(row[2], a.id).toBe(a.owner ?? "no owner named");
      expect(Number(row[8]), a.id).toBe(rank.get(a.id));
      // The care services that depend on it, directly or through others, of any organisation.
      const named = (
        await cypher<{ name: string; org: string; orgName: string }>(
          "MATCH (s:CareService)-[:DEPENDS_ON*1..]->(:Node {id: $id}) MATCH (o:Organisation {id: s.organisation}) RETURN DISTINCT s.name AS name, o.id AS org, o.name AS orgName",
          { id: a.id },
        )
      ).map((s) => (s.org === ORG ? s.name : `${s.name} (${s.orgName})`));
      expect(split(row[3] === "none" ? "" : row[3]!), a.id).toEqual(named.sort());
      const direct = await cypher<{ name: string; org: string | null; orgName: string | null }>(
        "MATCH (:Node {id: $id})-[:DEPENDS_ON]->(d) OPTIONAL MATCH (o:Organisation {id: d.organisation}) RETURN DISTINCT d.name AS name, d.organisation AS org, o.name AS orgName",
        { id: a.id },
      );
      const directNames = direct.map((d) => (d.org && d.org !== ORG ? `${d.name} (${d.orgName})` : d.name));
      // A system its supplier hosts also depends on it by implication (model section 10).
      expect(split(row[4] === "nothing" ? "" : row[4]!).filter((n) => !directNames.includes(n)).length, a.id).toBeLessThanOrEqual(1);
      for (const n of directNames) expect(split(row[4]!), a.id).toContain(n);
    }
    // Highest priority first.
    const ranks = rows.map((r) => Number(r[8]));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("A4 lists each supplier with what it supplies and hosts, the functions depending on it and its concentration rank", async () => {
    const rows = pack.get("A4 Suppliers")!;
    expect(rows.length).toBeGreaterThan(0);
    const conc = await gql<{
      supplierConcentration: Array<{
        supplier: { id: string; name: string };
        organisations: Array<{ id: string }>;
        availabilityHarm: number;
      }>;
    }>(admin.app, admin.token, "{ supplierConcentration(first: 500) { supplier { id name } organisations { id } availabilityHarm } }");
    const order = conc.data!.supplierConcentration;
    for (const row of rows) {
      const k = order.findIndex((c) => c.supplier.name === row[0]);
      expect(k, row[0]).toBeGreaterThanOrEqual(0);
      expect(Number(row[9]), row[0]).toBe(k + 1);
      expect(row[5]!.startsWith(`${order[k]!.organisations.length}:`), row[0]).toBe(true);
      expect(Number(row[6]), row[0]).toBe(Math.round(order[k]!.availabilityHarm));
      const hosted = await cypher<{ name: string }>(
        "MATCH (s:System {organisation: $org, supplier: $sup, hosting: 'SUPPLIER_HOSTED'}) RETURN s.name AS name",
        { org: ORG, sup: order[k]!.supplier.id },
      );
      expect(split(row[3] === "nothing here" ? "" : row[3]!), row[0]).toEqual(hosted.map((h) => h.name).sort());
    }
    const ranks = rows.map((r) => Number(r[9]));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(rows.some((r) => r[3] !== "nothing here")).toBe(true);
  });

  it("B5.a gives each essential function the recovery planner's order for everything it needs", async () => {
    const rows = pack.get("B5.a Restore order")!;
    const services = await cypher<{ name: string; id: string }>(
      "MATCH (s:CareService {organisation: $org}) RETURN s.name AS name, s.id AS id",
      { org: ORG },
    );
    expect([...new Set(rows.map((r) => r[0]))].sort()).toEqual(services.map((s) => s.name).sort());
    for (const s of services) {
      const steps = rows.filter((r) => r[0] === s.name && r[2] !== "");
      // One team: each step starts when the one before is back, and is back after its recovery time.
      steps.forEach((r, k) => {
        expect(Number(r[2])).toBe(k + 1);
        expect(Number(r[6])).toBe(k === 0 ? 0 : Number(steps[k - 1]![7]));
        expect(Number(r[7])).toBeCloseTo(Number(r[6]) + Number(r[5]), 9);
      });
    }
    // The first function's order is the planner's, asked through the API.
    const first = services.find((s) => rows.some((r) => r[0] === s.name && r[2] === "2"))!;
    // Everything it needs with a recovery time: along DEPENDS_ON, and the suppliers hosting what is on the way (model section 10).
    const needs = await cypher<{ id: string; name: string; org: string | null; orgName: string | null }>(
      `MATCH (:CareService {id: $id})-[:DEPENDS_ON*1..]->(x)
       OPTIONAL MATCH (h:Supplier {id: x.supplier}) WHERE x.hosting = 'SUPPLIER_HOSTED'
       WITH collect(DISTINCT x) + collect(DISTINCT h) AS all UNWIND all AS d
       WITH DISTINCT d WHERE (d:System OR d:DataStore OR d:Supplier) AND d.recoveryHours IS NOT NULL
       OPTIONAL MATCH (o:Organisation {id: d.organisation})
       RETURN d.id AS id, d.name AS name, d.organisation AS org, o.name AS orgName`,
      { id: first.id },
    );
    const plan = await gql<{ recoveryPlan: { steps: Array<{ node: { id: string } }> } }>(
      admin.app,
      admin.token,
      "query($l: [ID!]!) { recoveryPlan(lost: $l, teams: 1, hours: 720) { steps { node { id } } } }",
      { l: needs.map((n) => n.id) },
    );
    const named = new Map(needs.map((n) => [n.id, n.org && n.org !== ORG ? `${n.name} (${n.orgName})` : n.name]));
    expect(rows.filter((r) => r[0] === first.name && r[2] !== "").map((r) => r[3])).toEqual(
      plan.data!.recoveryPlan.steps.map((s) => named.get(s.node.id)),
    );
  });

  it("D1 proposes the five losses of greatest harm reaching the organisation, with what stops, for how long and who acts", async () => {
    const rows = pack.get("D1 Exercises")!;
    expect(rows).toHaveLength(5);
    const harms = rows.map((r) => Number(r[1]));
    expect(harms).toEqual([...harms].sort((x, y) => y - x));
    for (const r of rows) {
      expect(r[0]).toMatch(/^Loss and compromise of /);
      expect(r[6]).toMatch(/its recovery time$|no recovery time recorded/);
      expect(r[8]).not.toBe("");
    }
    const title = rows[0]![0]!.replace(/^Loss and compromise of /, "").replace(/ \(supplier\)$/, "");
    const [node] = await cypher<{ id: string }>(
      "MATCH (n:Node) OPTIONAL MATCH (o:Organisation {id: n.organisation}) WITH n, o WHERE n.name = $t OR n.name + ' (' + o.name + ')' = $t RETURN n.id AS id",
      { t: title },
    );
    expect(node, title).toBeDefined();
    const blast = await gql<{
      blastRadius: { careServices: Array<{ status: string; service: { name: string; organisation: string; organisationName: string } }> };
    }>(
      admin.app,
      admin.token,
      "query($l: [ID!]!) { blastRadius(lost: $l, compromised: $l) { careServices(first: 1000) { status service { name organisation organisationName } } } }",
      { l: [node!.id] },
    );
    const stopped = blast
      .data!.blastRadius.careServices.filter((s) => s.status === "FAILED")
      .map(({ service: s }) => (s.organisation === ORG ? s.name : `${s.name} (${s.organisationName})`));
    expect(split(rows[0]![3] === "nothing" ? "" : rows[0]![3]!)).toEqual(stopped.sort());
  });

  it("comes with a PDF summary naming each outcome, and is refused outside the reader's scope", async () => {
    const res = await get(`/exports/dspt-evidence.pdf?organisation=${ORG}`);
    expect(res.status).toBe(200);
    writeFileSync(`${dir}/pack.pdf`, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync("pdftotext", [`${dir}/pack.pdf`, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const t of ["A3.a Asset management", "A4 Supply chain", "B5.a Resilience preparation", "D1 Response and recovery planning"])
      expect(text).toContain(`${t}: ${ORG_NAME}`);
    expect(text).toContain("OFFICIAL-SENSITIVE");
    const out = await get(`/exports/dspt-evidence.xlsx?organisation=${ORG}`, elsewhere);
    expect(out.status).toBe(403);
    expect(((await out.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(`'${ORG}' is out of your scope`);
    const none = await get("/exports/dspt-evidence.xlsx");
    expect(none.status).toBe(400);
  });
});

describe("the board report on the demo", () => {
  const read = async (q: string, token = admin.token): Promise<BoardReport> => {
    const res = await get(`/report.json?${q}`, token);
    expect(res.status).toBe(200);
    return (await res.json()) as BoardReport;
  };

  it("orders top risks by residual rating, then harm, and names each top asset's risk and owner", async () => {
    const r = await read("");
    expect(r.coverage).toEqual({ organisation: null, name: "the whole system" });
    expect(r.marking).toBe("OFFICIAL-SENSITIVE");
    const ratings = r.topRisks.map((k) => k.residualRating);
    expect(ratings).toEqual([...ratings].sort((x, y) => y - x));
    expect(r.topAssets).toHaveLength(10);
    expect(r.topAssets.some((a) => a.risk !== null)).toBe(true);
    expect(r.topAssets.some((a) => a.risk === null)).toBe(true);
  });

  it("covers one organisation: its breaches, single points, suppliers reaching it and the model's completeness", async () => {
    const r = await read(`organisation=${ORG}&marking=OFFICIAL`);
    expect(r.coverage).toEqual({ organisation: ORG, name: ORG_NAME });
    expect(r.marking).toBe("OFFICIAL");
    const breaches = await gql<{ toleranceBreaches: Array<{ service: { id: string } }> }>(
      admin.app,
      admin.token,
      "query($o: ID) { toleranceBreaches(organisation: $o, first: 10000) { service { id } } }",
      { o: ORG },
    );
    expect(r.breaches.services).toBe(new Set(breaches.data!.toleranceBreaches.map((b) => b.service.id)).size);
    expect(r.breaches.worst.length).toBe(Math.min(10, r.breaches.services));
    expect(r.singlePoints).toHaveLength(5);
    expect(r.suppliers.length).toBeGreaterThan(0);
    const [owners] = await cypher<{ of: number; missing: number }>(
      "MATCH (n:Node {organisation: $org}) WHERE n:CareService OR n:System OR n:DataStore RETURN count(n) AS of, count(CASE WHEN n.owner IS NULL THEN 1 END) AS missing",
      { org: ORG },
    );
    expect(r.completeness[0]).toMatchObject({ count: Number(owners!.missing), of: Number(owners!.of) });
    const others = await read(`organisation=${ORG}`);
    expect(others.topAssets.every((a) => a.organisation === ORG_NAME)).toBe(true);
  });

  it("says a first report is the first, keeps each PDF and compares the next report with it", async () => {
    const first = await read(`organisation=${ORG}`);
    expect(first.changes.previous).toBeNull();
    expect(first.changes.lines[0]).toMatch(/first report/);
    const pdf = await get(`/report.pdf?organisation=${ORG}`);
    expect(pdf.status).toBe(200);
    writeFileSync(`${dir}/report.pdf`, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync("pdftotext", [`${dir}/report.pdf`, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const heading of [
      `Board report for ${ORG_NAME}`,
      "Top ten assets to protect",
      "Impact-tolerance breaches",
      "Single points of failure of the most harmful services",
      "Where harm concentrates on suppliers",
      "What changed This is the first report",
      "How complete the model is",
      "Decisions asked of the board",
    ])
      expect(text).toContain(heading);
    const next = await read(`organisation=${ORG}`);
    expect(next.changes.previous?.madeBy).toBe("test-admin");
    // Keeping the report is on the audit trail: who, for which organisation, on which graph version.
    const kept = await db.read(async (tx) =>
      (
        await tx.run(
          "MATCH (e:AuditEvent {action: 'report.keep'}) RETURN e.actorName AS who, e.summary AS summary ORDER BY e.seq DESC LIMIT 1",
        )
      ).records.map((r) => ({ who: r.get("who") as string, summary: r.get("summary") as string })),
    );
    expect(kept).toEqual([{ who: "test-admin", summary: `kept the board report for ${ORG_NAME}, graph version ${next.graphVersion}` }]);
    expect(next.changes.lines).toEqual([expect.stringMatching(/^Nothing in these figures has changed since \d{1,2} [A-Z][a-z]+ \d{4}\.$/)]);
    // Another coverage has its own history.
    expect((await read("")).changes.previous).toBeNull();
  });

  it("refuses an organisation outside the reader's scope and a marking it does not know", async () => {
    expect((await get(`/report.json?organisation=${ORG}`, elsewhere)).status).toBe(403);
    const bad = await get("/report.json?marking=SECRET");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(
      /marking must be one of OFFICIAL-SENSITIVE, OFFICIAL/,
    );
    expect((await get("/report.json?organisation=sys-nothing")).status).toBe(400);
  });
});
