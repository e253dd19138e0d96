import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importRequest } from "../../server/import/import-request.js";
import { readTables } from "../../server/import/read-tables.js";
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from "../../server/import/upload-limits.js";
import { declaringSize, giantCellSheet, workbookEntries, zipOf } from "../support/zip-bombs.js";

const xlsx = (name: string, zip: Buffer) => ({ name, format: "XLSX" as const, content: zip.toString("base64") });
const csv = (name: string, content: string) => ({ name, format: "CSV" as const, content });
const refusal = (limits: Partial<UploadLimits>, files: Parameters<typeof readTables>[0]) =>
  readTables(files, { ...DEFAULT_UPLOAD_LIMITS, ...limits }).then(
    () => null,
    (e: Error & { extensions?: { code?: string; problems?: unknown[] } }) => ({
      message: e.message,
      code: e.extensions?.code,
      problems: e.extensions?.problems,
    }),
  );

describe("reading an upload's workbooks and CSV files", () => {
  it("streams a workbook to the same tables as it reads in Excel: results, rich text, ISO dates, notes skipped, trailing blank rows dropped", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("README").addRow(["sheet", "column"]);
    const s = wb.addWorksheet("Systems");
    s.addRow(["id", "name", "since", "hours", "double", "label", "rich", "flag", "until"]);
    s.addRow([
      " sys-1 ",
      "EPR",
      new Date(Date.UTC(2024, 1, 3)),
      12.5,
      { formula: "D2*2", result: 25 },
      { formula: 'A2&"x"', result: "sys-1x" },
      { richText: [{ text: "Ri" }, { text: "ch " }] },
      true,
      { formula: "C2+1", result: new Date(Date.UTC(2024, 1, 4)) },
    ]);
    s.addRow([]);
    s.addRow(["sys-2", "PAS"]);
    s.getRow(9).getCell(3).style = { font: { bold: true } };
    wb.addWorksheet("About").addRow(["notes"]);
    const read = await readTables([xlsx("estate.xlsx", Buffer.from(await wb.xlsx.writeBuffer()))], DEFAULT_UPLOAD_LIMITS);
    expect(read.unreadable).toEqual([]);
    expect(read.tables.map((t) => t.table)).toEqual([
      {
        where: "estate.xlsx, sheet Systems",
        name: "Systems",
        rows: [
          ["id", "name", "since", "hours", "double", "label", "rich", "flag", "until"],
          ["sys-1", "EPR", "2024-02-03", 12.5, 25, "sys-1x", "Rich", true, "2024-02-04"],
          [],
          ["sys-2", "PAS"],
        ],
      },
    ]);
  });

  it("refuses a zip that declares less than it expands to, having inflated no more than it declared", async () => {
    const entries = await workbookEntries({ Systems: [["id"]] });
    entries.set("xl/worksheets/sheet1.xml", giantCellSheet(20 * 1024 * 1024));
    const lying = declaringSize(await zipOf(entries), "xl/worksheets/sheet1.xml", 1000);
    const read = await readTables([xlsx("lying.xlsx", lying)], DEFAULT_UPLOAD_LIMITS);
    expect(read).toEqual({ tables: [], unreadable: [{ file: 0, message: "its zip is damaged or encrypted" }] });
  });

  it("says in its own words what is wrong with a file that is not a workbook, not CSV or not JSON", async () => {
    const read = await readTables(
      [xlsx("notes.xlsx", Buffer.from("Can't find end of central directory")), csv("systems.csv", 'id,name\nsys-1,"EPR\n')],
      DEFAULT_UPLOAD_LIMITS,
    );
    expect(read.unreadable).toEqual([
      { file: 0, message: "it is not an XLSX workbook (not a zip file)" },
      { file: 1, message: "a quoted cell is never closed (line 2)" },
    ]);
    expect(read.tables).toEqual([]);
    const json = await importRequest({ files: [{ name: "estate.json", content: '{"systems": [{"id": 1} ' }] });
    expect(json.problems).toEqual([
      { path: "estate.json", message: "cannot read it as JSON: it is not valid JSON (at character 23)", file: "estate.json" },
    ]);
  });

  it("counts cells across the files and refuses the file that takes the import past the cap", async () => {
    const r = await refusal({ cells: 10 }, [
      csv("organisations.csv", "id,name\na,b\n"),
      csv("systems.csv", "id,name,organisation\ns,t,a\nu,v,a\n"),
    ]);
    expect(r).toEqual({
      message: "The import was refused: systems.csv takes the import past 10 cells (UPLOAD_MAX_CELLS).",
      code: "BAD_USER_INPUT",
      problems: [{ path: "systems.csv", message: "takes the import past 10 cells (UPLOAD_MAX_CELLS)", file: "systems.csv" }],
    });
  });

  it("stops a thread that runs out of its heap or its time and refuses the file it was reading", async () => {
    const entries = await workbookEntries({ Systems: [["id"]] });
    entries.set("xl/worksheets/sheet1.xml", giantCellSheet(120 * 1024 * 1024));
    const heavy = await zipOf(entries);
    expect(await refusal({ heapMb: 64 }, [xlsx("heavy.xlsx", heavy)])).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "The import was refused: heavy.xlsx expands past the 64 MiB of memory its reading may use (UPLOAD_HEAP_MB).",
    });
    expect(await refusal({ timeoutMs: 20 }, [xlsx("slow.xlsx", heavy)])).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "The import was refused: slow.xlsx took longer than 0.02 s to read (UPLOAD_TIMEOUT_SECONDS).",
    });
  });
});
