import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase, idPrefix, closeRemoving } from "../support/integration.js";

const P = idPrefix("m", 6);
const IMPORT = `mutation($f: [ImportFileInput!]!, $mode: ModelImportMode, $org: ID, $preview: Boolean, $mapping: JSON) {
  importModel(files: $f, mode: $mode, organisation: $org, preview: $preview, mapping: $mapping) {
    applied changes { counts { nodesAdded nodesChanged nodesRemoved relationshipsAdded relationshipsRemoved }
      nodesAdded { id label after } nodesRemoved { id } relationshipsAdded { type from to after } relationshipsRemoved { type from to } } } }`;

type Counts = Record<string, number>;
type Result = {
  importModel: {
    applied: boolean;
    changes: {
      counts: Counts;
      nodesAdded: Array<{ id: string; label: string; after: Record<string, unknown> }>;
      nodesRemoved: Array<{ id: string }>;
      relationshipsAdded: Array<{ type: string; from: string; to: string; after: unknown }>;
      relationshipsRemoved: Array<{ type: string; from: string; to: string }>;
    };
  };
};

let db: Database;
let admin: { app: App; token: string };
const run = (files: Array<{ name: string; content: string }>, extra: Record<string, unknown> = {}) =>
  gql<Result>(admin.app, admin.token, IMPORT, { f: files, ...extra });
const csv = (rows: string[][]): string => rows.map((r) => r.join(",")).join("\n");
const ids = async (): Promise<string[]> =>
  (await db.read((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p RETURN n.id AS id ORDER BY id", { p: P }))).records.map(
    (r) => r.get("id") as string,
  );

beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "RISK_MANAGER");
});
afterAll(() => closeRemoving(db, P));

const orgs = () => ({
  name: "organisations.csv",
  content: csv([
    ["id", "name", "type"],
    [`${P}org-a`, "Trust A", "ACUTE_TRUST"],
    [`${P}org-b`, "Trust B", "ACUTE_TRUST"],
  ]),
});
const systems = (rows: string[][]) => ({
  name: "systems.csv",
  content: csv([["id", "name", "organisation", "kind", "internetFacing"], ...rows]),
});

describe("importing spreadsheets", () => {
  it("names every problem of a CSV by file, row and column, and writes nothing", async () => {
    const r = await run([
      orgs(),
      systems([
        [`${P}sys-1`, "EPR", `${P}org-a`, "APPLICATION", "no"],
        [`${P}sys-2`, "PACS", `${P}org-a`, "SOFTWARE", "false"],
        [`${P}sys-3`, "LIMS", `${P}org-zz`, "APPLICATION", "perhaps"],
      ]),
      {
        name: "dependencies.csv",
        content: csv([
          ["from", "to", "effect", "capacity"],
          [`${P}sys-1`, `${P}sys-3`, "DEGRADES", ""],
        ]),
      },
    ]);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.problems).toEqual(
      expect.arrayContaining([
        {
          path: "systems.csv:4:internetFacing",
          message: "'perhaps' is not true or false",
          file: "systems.csv",
          row: 4,
          column: "internetFacing",
        },
        expect.objectContaining({ file: "systems.csv", row: 3, column: "kind" }),
        {
          path: "dependencies.csv:2:capacity",
          message: "DEGRADES needs a capacity between 0 and 1",
          file: "dependencies.csv",
          row: 2,
          column: "capacity",
        },
      ]),
    );
    expect(await ids()).toEqual([]);
  });

  it("reads an XLSX workbook with a sheet per kind, and locates its problems by sheet, row and column", async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet("Organisations");
    o.addRow(["id", "name", "type"]);
    o.addRow([`${P}org-x`, "Trust X", "ACUTE_TRUST"]);
    const d = wb.addWorksheet("Data stores");
    d.addRow(["id", "name", "organisation", "records", "sensitivity"]);
    d.addRow([`${P}ds-1`, "Store", `${P}org-x`, 12.5, "T2"]);
    d.addRow([`${P}ds-2`, "Store 2", `${P}org-x`, 10, "T9"]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const bad = await run([{ name: "estate.xlsx", content }]);
    expect(bad.errors?.[0]?.extensions?.problems).toEqual(
      expect.arrayContaining([
        {
          path: "estate.xlsx, sheet Data stores:2:records",
          message: "'12.5' is not a whole number",
          file: "estate.xlsx, sheet Data stores",
          row: 2,
          column: "records",
        },
        expect.objectContaining({ file: "estate.xlsx, sheet Data stores", row: 3, column: "sensitivity" }),
      ]),
    );
    d.getRow(2).getCell(4).value = 12;
    d.getRow(3).getCell(5).value = "T3";
    const good = await run([{ name: "estate.xlsx", content: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64") }]);
    expect(good.errors).toBeUndefined();
    expect(good.data!.importModel.changes.counts.nodesAdded).toBe(3);
  });

  it("a preview writes nothing; the same files then apply as previewed", async () => {
    const files = [
      orgs(),
      systems([
        [`${P}sys-1`, "EPR", `${P}org-a`, "APPLICATION", "false"],
        [`${P}sys-b1`, "B's EPR", `${P}org-b`, "APPLICATION", ""],
      ]),
    ];
    const preview = await run(files, { preview: true });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.importModel.applied).toBe(false);
    expect(await ids()).not.toContain(`${P}sys-1`);
    const applied = await run(files);
    expect(applied.data!.importModel.changes).toEqual(preview.data!.importModel.changes);
    expect(await ids()).toEqual(expect.arrayContaining([`${P}org-a`, `${P}org-b`, `${P}sys-1`, `${P}sys-b1`]));
  });

  it("a sync replaces one organisation's part and leaves the others alone", async () => {
    await run([
      systems([
        [`${P}sys-1`, "EPR", `${P}org-a`, "APPLICATION", ""],
        [`${P}sys-2`, "PACS", `${P}org-a`, "APPLICATION", ""],
      ]),
      {
        name: "dependencies.csv",
        content: csv([
          ["from", "to"],
          [`${P}sys-1`, `${P}sys-2`],
          [`${P}sys-b1`, `${P}sys-1`],
        ]),
      },
    ]);
    // Trust A's file no longer lists PACS, nor EPR's dependency on it; trust B's node depends on EPR, which stays.
    const r = await run([systems([[`${P}sys-1`, "EPR", `${P}org-a`, "APPLICATION", ""]])], { mode: "SYNC", org: `${P}org-a` });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importModel.changes.nodesRemoved).toEqual([{ id: `${P}sys-2` }]);
    expect(r.data!.importModel.changes.relationshipsRemoved).toEqual([{ type: "DEPENDS_ON", from: `${P}sys-1`, to: `${P}sys-2` }]);
    const left = await ids();
    expect(left).toEqual(expect.arrayContaining([`${P}sys-1`, `${P}sys-b1`, `${P}org-b`]));
    expect(left).not.toContain(`${P}sys-2`);

    const other = await run([systems([[`${P}sys-b1`, "B's EPR", `${P}org-b`, "APPLICATION", ""]])], { mode: "SYNC", org: `${P}org-a` });
    expect(other.errors?.[0]?.extensions?.problems).toContainEqual(
      expect.objectContaining({ file: "systems.csv", row: 2, column: "organisation" }),
    );
  });
});

describe("importing a ServiceNow CMDB export", () => {
  const ci = csv([
    ["sys_id", "name", "sys_class_name", "operational_status", "support_group", "vendor"],
    ["a1", "Patient portal", "cmdb_ci_service_business", "Operational", "Digital", ""],
    ["b2", "EPR app", "cmdb_ci_appl", "Operational", "Clinical systems", "Acme Health"],
    ["c3", "db01", "cmdb_ci_db_instance", "Operational", "DBA", ""],
    ["d4", "old box", "cmdb_ci_linux_server", "Retired", "", ""],
    ["e5", "Badge reader", "cmdb_ci_badge_reader", "Operational", "", ""],
  ]);
  const rel = csv([
    ["parent", "child", "type"],
    ["a1", "b2", "Depends on::Used by"],
    ["b2", "c3", "Runs on::Runs"],
    ["b2", "d4", "Hosted on::Hosts"],
    ["c3", "b2", "Backs up::Backed up by"],
  ]);

  it("lists the classes and types the mapping does not know, with their rows", async () => {
    const r = await run(
      [
        { name: "cmdb_ci.csv", content: ci },
        { name: "cmdb_rel_ci.csv", content: rel },
      ],
      { mapping: { organisation: `${P}org-a`, idPrefix: P } },
    );
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      {
        path: "cmdb_ci.csv:6:sys_class_name",
        message: "class 'cmdb_ci_badge_reader' is not in the mapping: add it (or map it to IGNORE)",
        file: "cmdb_ci.csv",
        row: 6,
        column: "sys_class_name",
      },
      {
        path: "cmdb_rel_ci.csv:5:type",
        message: "relationship type 'Backs up::Backed up by' is not in the mapping: add it (or map it to IGNORE)",
        file: "cmdb_rel_ci.csv",
        row: 5,
        column: "type",
      },
    ]);
  });

  it("maps as documented: classes to labels, types to dependency direction, vendors to suppliers, retired CIs left out", async () => {
    const mapping = {
      organisation: `${P}org-a`,
      idPrefix: P,
      classes: { cmdb_ci_badge_reader: { label: "IGNORE" } },
      relationships: { "Backs up::Backed up by": "IGNORE" },
    };
    const r = await run(
      [
        { name: "cmdb_ci.csv", content: ci },
        { name: "cmdb_rel_ci.csv", content: rel },
      ],
      { mapping },
    );
    expect(r.errors).toBeUndefined();
    const added = r.data!.importModel.changes.nodesAdded;
    expect(added.map((n) => [n.id, n.label])).toEqual([
      [`${P}a1`, "CareService"],
      [`${P}b2`, "System"],
      [`${P}c3`, "DataStore"],
      [`${P}vendor-acme-health`, "Supplier"],
    ]);
    expect(added[1]!.after).toEqual({
      id: `${P}b2`,
      name: "EPR app",
      organisation: `${P}org-a`,
      kind: "APPLICATION",
      supplier: `${P}vendor-acme-health`,
      owner: "Clinical systems",
    });
    expect(r.data!.importModel.changes.relationshipsAdded.map((d) => `${d.from}>${d.to}`).sort()).toEqual(
      [`${P}a1>${P}b2`, `${P}b2>${P}c3`, `${P}b2>${P}vendor-acme-health`].sort(),
    );
  });

  it("reads a CI's hosting from its hosting column, and leaves the vendor dependency to it", async () => {
    const hosted = csv([
      ["sys_id", "name", "sys_class_name", "vendor", "u_hosting"],
      ["h1", "Hosted EPR", "cmdb_ci_appl", "Birch Health", "SaaS"],
    ]);
    const r = await run([{ name: "cmdb_ci.csv", content: hosted }], { mapping: { organisation: `${P}org-a`, idPrefix: `${P}h-` } });
    expect(r.errors).toBeUndefined();
    const system = r.data!.importModel.changes.nodesAdded.find((n) => n.id === `${P}h-h1`)!;
    expect(system.after).toEqual({
      id: `${P}h-h1`,
      name: "Hosted EPR",
      organisation: `${P}org-a`,
      kind: "APPLICATION",
      supplier: `${P}h-vendor-birch-health`,
      hosting: "SUPPLIER_HOSTED",
    });
    // Hosting implies the dependency and the administration: neither is stored.
    expect(r.data!.importModel.changes.relationshipsAdded).toEqual([]);
  });
});

describe("templates and search", () => {
  it("serves a template per kind and a workbook, whose example rows import", async () => {
    const res = await admin.app.fetch(new Request("http://x/templates/dependencies.csv"));
    expect(res.status).toBe(200);
    expect((await res.text()).split("\r\n")[0]).toBe("from,to,effect,capacity,group,share");
    const xlsx = await admin.app.fetch(new Request("http://x/templates/model.xlsx"));
    const content = Buffer.from(await xlsx.arrayBuffer()).toString("base64");
    const r = await run([{ name: "model.xlsx", content }], { preview: true });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importModel.changes.counts).toMatchObject({ nodesAdded: 5, relationshipsAdded: 3 });
    // Recovery times (model section 9) go in by sheet for systems, data stores and suppliers.
    const recovery = Object.fromEntries(r.data!.importModel.changes.nodesAdded.map((n) => [n.id, n.after.recoveryHours]));
    expect(recovery).toMatchObject({ "sys-example-epr": 48, "ds-example-epr": 24, "sup-example": 72 });
    for (const kind of ["systems", "data-stores", "suppliers"]) {
      const t = await admin.app.fetch(new Request(`http://x/templates/${kind}.csv`));
      expect((await t.text()).split("\r\n")[0]!.split(",")).toContain("recoveryHours");
    }
  });

  it("refuses a recoveryHours that is not above 0 at its file, row and column", async () => {
    const r = await run(
      [
        orgs(),
        {
          name: "systems.csv",
          content: csv([
            ["id", "name", "organisation", "kind", "recoveryHours"],
            [`${P}sys-r`, "R", `${P}org-a`, "APPLICATION", "0"],
          ]),
        },
      ],
      { preview: true },
    );
    expect(r.errors?.[0]?.extensions?.problems).toEqual([
      { path: "systems.csv:2:recoveryHours", message: "must be above 0", file: "systems.csv", row: 2, column: "recoveryHours" },
    ]);
  });

  it("finds nodes whatever the case, by words of the name or the id, with the organisation's name", async () => {
    await run([
      {
        name: "services.csv",
        content: csv([
          ["id", "name", "organisation", "severity", "patientsPerDay"],
          [`${P}svc-path`, "Pathology Results Service", `${P}org-a`, "MAJOR", "10"],
        ]),
      },
    ]);
    const r = await gql<Record<string, Array<{ id: string; organisationName?: string }>>>(
      admin.app,
      admin.token,
      `{ lower: searchNodes(text: "pathology results", first: 50) { id ... on CareService { organisationName } }
         id: searchNodes(text: "${P.toUpperCase()}SVC-PATH") { id } none: searchNodes(text: "zzqqxx") { id } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.lower).toContainEqual({ id: `${P}svc-path`, organisationName: "Trust A" });
    expect(r.data!.id![0]!.id).toBe(`${P}svc-path`);
    expect(r.data!.none).toEqual([]);
  });
});
