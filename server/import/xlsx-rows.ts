import { createRequire } from "node:module";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { Unreadable, type Cell } from "./tables.js";
import type { TableBudget } from "./upload-limits.js";
import type { ZipEntries } from "./zip-entries.js";

/**
 * The steps of ExcelJS's streaming reader (exceljs 4.4.0, pinned), driven here over yauzl's
 * entries: its own loop reads the zip's local headers in file order, unchecked, and spills
 * sheets that come before the shared strings to temporary files.
 */
interface ReaderSteps {
  properties?: { model?: { date1904?: boolean } };
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: Array<{ id: number; name: string; rId: string }> };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<{ value: SheetReader }>;
}
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}
/** ExcelJS's own rule for a date format, as its whole-workbook reader applies it to a formula's result. */
const excelDates = createRequire(import.meta.url)("exceljs/lib/utils/utils.js") as {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean | undefined): Date;
};

export interface Sheet {
  name: string;
  /** Streams the sheet's rows, numbered as the spreadsheet numbers them. */
  rows: (row: (cells: Cell[]) => void | Promise<void>) => Promise<void>;
}

/** Sheets named README or About are notes, not data: they are not even read. */
const NOTES = /^(readme|about)$/i;

/** The workbook's data sheets by sheet id (as ExcelJS's whole-workbook reader gave them), once its relationships, shared strings and styles are read. */
export async function xlsxSheets(zip: ZipEntries, budget: TableBudget): Promise<Sheet[]> {
  const options = { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(new PassThrough(), options) as unknown as ReaderSteps;
  await reader._parseRels(await zip.open("xl/_rels/workbook.xml.rels"));
  await reader._parseWorkbook(await zip.open("xl/workbook.xml"));
  if (zip.has("xl/sharedStrings.xml")) for await (const _ of reader._parseSharedStrings(await zip.open("xl/sharedStrings.xml")));
  if (zip.has("xl/styles.xml")) await reader._parseStyles(await zip.open("xl/styles.xml"));
  const sheets = [...(reader.model?.sheets ?? [])].sort((a, b) => a.id - b.id).filter((s) => !NOTES.test(s.name.trim()));
  return sheets.map((s) => ({
    name: s.name,
    rows: async (row) => {
      const target = reader.workbookRels?.find((r) => r.Id === s.rId)?.Target;
      if (!target) throw new Unreadable(`its sheet ${s.name} is missing`);
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      const sheet = reader._parseWorksheet(await zip.open(path), String(s.id)).next().value!.value;
      await sheetRows(sheet, budget, reader.properties?.model?.date1904, row);
    },
  }));
}

/**
 * Rows as the workbook numbers them: a blank row between data is kept (empty), so problems
 * keep their row numbers; blank rows after the last data are formatting and never emitted.
 */
async function sheetRows(
  sheet: SheetReader,
  budget: TableBudget,
  date1904: boolean | undefined,
  emit: (cells: Cell[]) => void | Promise<void>,
): Promise<void> {
  let next = 1;
  for await (const row of sheet) {
    if (row.number < next) continue;
    const cells: Cell[] = [];
    row.eachCell((cell, col) => {
      while (cells.length < col - 1) cells.push(null);
      const v = cell.value;
      const dated = cell.type === ExcelJS.ValueType.Formula && typeof cell.result === "number" && excelDates.isDateFmt(cell.numFmt);
      cells.push(dated ? cellValue(excelDates.excelToDate(cell.result as number, date1904)) : cellValue(v));
    });
    if (cells.every((c) => c === null || c === "")) continue;
    for (; next < row.number; next++) {
      budget.take(0);
      await emit([]);
    }
    budget.take(cells.length);
    await emit(cells);
    next++;
  }
}

/** A cell as a plain value: formulas give their result, rich text its text, dates their ISO date. */
function cellValue(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v || "result" in v) return cellValue(v.result as ExcelJS.CellValue | undefined);
    if ("richText" in v)
      return v.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("text" in v) return String(v.text).trim();
    if ("error" in v) return String(v.error);
  }
  return String(v);
}
