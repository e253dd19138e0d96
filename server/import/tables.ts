import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

export type Cell = string | number | boolean | null;

/** One CSV file or one worksheet: its rows, the first being the headings. */
export interface Table {
  /** "systems.csv", or "model.xlsx, sheet systems". */
  where: string;
  /** The file or sheet name that says what it holds. */
  name: string;
  rows: Cell[][];
}

/** A CSV file as a table (RFC 4180 quoting, a byte-order mark allowed). */
export function csvTable(file: string, text: string): Table {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  return { where: file, name: file, rows };
}

/** Each worksheet of an XLSX workbook as a table. Sheets named README or About are notes, not data. */
export async function xlsxTables(file: string, content: Buffer): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  const out: Table[] = [];
  wb.eachSheet((ws) => {
    if (/^(readme|about)$/i.test(ws.name.trim())) return;
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
      rows.push(cells);
    }
    // Trailing empty rows are formatting, not data.
    while (rows.length && rows.at(-1)!.every((c) => c === null || c === "")) rows.pop();
    out.push({ where: `${file}, sheet ${ws.name}`, name: ws.name, rows });
  });
  return out;
}

/** A cell as a plain value: formulas give their result, rich text its text, dates their ISO date. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((t) => t.text).join("").trim();
    if ("text" in v) return String(v.text).trim();
  }
  return String(v);
}
