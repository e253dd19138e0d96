import { describe, expect, it } from "vitest";
import { kindNamed } from "../../server/import/columns.js";
import { addRows } from "../../server/import/rows-to-entries.js";
import { readTables } from "../../server/import/read-tables.js";
import type { Table } from "../../server/import/tables.js";
import { DEFAULT_UPLOAD_LIMITS } from "../../server/import/upload-limits.js";
import { emptyRequest } from "../../server/model-change/request.js";

const csvTable = async (name: string, content: string): Promise<Table> =>
  (await readTables([{ name, format: "CSV", content }], DEFAULT_UPLOAD_LIMITS)).tables[0]!.table;

describe("a sheet's rows as entries of a change", () => {
  it("names a kind loosely, whatever the case, spacing or extension", () => {
    for (const name of ["Data stores", "data_stores.csv", "dataStores", "DATA-STORES.CSV"])
      expect(kindNamed(name)?.list).toBe("dataStores");
    expect(kindNamed("servers.csv")).toBeUndefined();
  });

  it("reads recoveryHours as a number for systems, data stores and suppliers, and a bad cell at its row and column", async () => {
    for (const [file, row] of [
      ["systems.csv", 'id,name,organisation,kind,recoveryHours\nsys-1,EPR,org-a,APPLICATION,"1,200"\nsys-2,PAS,org-a,APPLICATION,soon'],
      [
        "data-stores.csv",
        "id,name,organisation,records,sensitivity,recoveryHours\nsys-1,EPR db,org-a,10,T2,1200\nsys-2,PAS db,org-a,10,T2,soon",
      ],
      ["suppliers.csv", "id,name,recoveryHours\nsys-1,Supplier,1200\nsys-2,Other,soon"],
    ] as const) {
      const req = emptyRequest("test");
      const kind = kindNamed(file)!;
      addRows(req, await csvTable(file, row), kind);
      expect(req.upserts[kind.list]).toEqual([expect.objectContaining({ id: "sys-1", recoveryHours: 1200 })]);
      expect(req.problems).toEqual([
        { path: `${file}:3:recoveryHours`, message: "'soon' is not a number", file, row: 3, column: "recoveryHours" },
      ]);
    }
  });
});
