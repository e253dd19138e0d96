import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase, idPrefix, removeWithPrefix, importDocument } from "../support/integration.js";

const P = idPrefix("x");
const id = (s: string): string => `${P}${s}`;

/** A trust whose clinic needs an application on a network, a record store and a hosting supplier. */
const doc = {
  organisations: [{ id: id("org"), name: "Export Trust", type: "ACUTE_TRUST" }],
  suppliers: [{ id: id("sup"), name: "Hosting partner" }],
  careServices: [
    { id: id("svc"), name: "Clinic", organisation: id("org"), severity: "MAJOR", patientsPerDay: 50, impactToleranceHours: 4 },
  ],
  systems: [
    { id: id("app"), name: "Clinic application", organisation: id("org"), kind: "APPLICATION" },
    { id: id("net"), name: "Trust network", organisation: id("org"), kind: "NETWORK" },
  ],
  dataStores: [{ id: id("ds"), name: "Clinic records", organisation: id("org"), records: 1000, sensitivity: "T3" }],
  dependencies: [
    { from: id("svc"), to: id("app") },
    { from: id("app"), to: id("net") },
    { from: id("app"), to: id("ds") },
    { from: id("app"), to: id("sup") },
  ],
};

let db: Database;
let app: App;
let token: string;
let board: { app: App; token: string };
let riskId = "";

const get = (a: App, path: string, t: string | null): Promise<Response> =>
  a.fetch(new Request(`http://127.0.0.1:4000${path}`, { headers: t ? { authorization: `Bearer ${t}` } : {} }));

async function sheet(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))),
  );
  return rows;
}

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "RISK_MANAGER"));
  board = await appWithToken(db, "BOARD");
  expect((await importDocument(app, token, doc)).errors).toBeUndefined();
  const input = {
    title: '=HYPERLINK("x") network loss',
    threat: "OTHER",
    scenario: { lost: [id("net")] },
    likelihood: "HIGH",
    owner: "Estates",
    treatment: "TREAT",
    nextReviewDate: "2030-01-01",
    organisation: id("org"),
  };
  const r = await gql<{ createRisk: { id: string } }>(app, token, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", {
    i: input,
  });
  expect(r.errors).toBeUndefined();
  riskId = r.data!.createRisk.id;
});
afterAll(async () => {
  await gql(app, token, "mutation($id: ID!) { deleteRisk(id: $id) }", { id: riskId });
  await removeWithPrefix(db, P);
  await db.close();
});

describe("spreadsheet exports", () => {
  it("the essential-function register lists each service with what it depends on, directly or not, by kind", async () => {
    const rows = await sheet(await get(app, `/exports/essential-functions.xlsx?organisation=${id("org")}`, token));
    expect(rows[0]![0]).toBe("Essential-function register: Export Trust");
    const head = rows.findIndex((r) => r[0] === "Care service");
    expect(rows[head]).toEqual([
      "Care service",
      "Id",
      "Severity",
      "Patients a day",
      "Impact tolerance (hours)",
      "Systems",
      "Networks",
      "Data stores",
      "Suppliers",
    ]);
    expect(rows.slice(head + 1)).toEqual([
      ["Clinic", id("svc"), "Major", "50", "4", "Clinic application", "Trust network", "Clinic records", "Hosting partner"],
    ]);
  });

  it("the register lists each risk with its ratings and scenario by name, a formula-like title kept as text", async () => {
    const res = await get(app, "/exports/register.xlsx", token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.clone().arrayBuffer());
    const rows = await sheet(res);
    const head = rows.findIndex((r) => r[0] === "Id");
    const mine = rows.slice(head + 1).find((r) => r[0] === riskId)!;
    const col = (name: string) => mine[rows[head]!.indexOf(name)];
    expect(col("Title")).toBe('=HYPERLINK("x") network loss');
    expect(col("Lost")).toBe("Trust network");
    expect(col("Organisation")).toBe("Export Trust");
    expect(col("Consequence")).toBe("Catastrophic");
    expect(col("Next review")).toBe("1 January 2030");
    expect(col("Treatment")).toBe("Treat");
    expect(rows[head]).toContain("Acceptance");
    expect(Number(col("Inherent rating (1-5)"))).toBeGreaterThan(0);
    // Written as a value: no cell of the sheet is a formula.
    let formulas = 0;
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => (formulas += c.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
  });

  it("the register's CSV carries the XLSX's columns and values, a formula-like title kept as text", async () => {
    const rows = await sheet(await get(app, "/exports/register.xlsx", token));
    const head = rows.findIndex((r) => r[0] === "Id");
    const res = await get(app, "/exports/register.csv", token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = parse(await res.text()) as string[][];
    expect(csv[0]).toEqual(rows[head]);
    const width = rows[head]!.length;
    const cells = (r: string[]): string[] => Array.from({ length: width }, (_, k) => r[k] ?? "");
    const fromXlsx = cells(rows.slice(head + 1).find((r) => r[0] === riskId)!);
    const fromCsv = csv.find((r) => r[0] === riskId)!;
    // A spreadsheet would run the title as a formula: the CSV writes it with a leading apostrophe.
    expect(fromCsv[1]).toBe(`'${fromXlsx[1]}`);
    expect([fromCsv[0], ...fromCsv.slice(2)]).toEqual([fromXlsx[0], ...fromXlsx.slice(2)]);
    expect(csv.map((r) => r[0])).toEqual(rows.slice(head).map((r) => r[0]));
  });

  it("asks for a token and an organisation, and the board may read both", async () => {
    expect((await get(app, "/exports/register.xlsx", null)).status).toBe(401);
    const missing = await get(app, "/exports/essential-functions.xlsx", token);
    expect(missing.status).toBe(400);
    const unknown = await get(app, `/exports/essential-functions.xlsx?organisation=${id("nothing")}`, token);
    expect(unknown.status).toBe(400);
    expect((await get(board.app, "/exports/register.xlsx", board.token)).status).toBe(200);
    expect((await get(board.app, "/exports/register.csv", board.token)).status).toBe(200);
    expect((await get(app, "/exports/register.csv", null)).status).toBe(401);
    expect((await get(app, "/exports/nothing.xlsx", token)).status).toBe(404);
  });
});
