import { mkdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { DEFAULT_UPLOAD_LIMITS } from "../../server/import/upload-limits.js";

/** Columns of the heaviest allowed sheets: the cell cap over the row cap. */
export const COLUMNS = DEFAULT_UPLOAD_LIMITS.cells / DEFAULT_UPLOAD_LIMITS.rows;
const headings = Array.from({ length: COLUMNS }, (_, c) => `note${c + 1}`);
// Every cell distinct, so a workbook's shared strings are as many as its cells.
const cells = (r: number): string[] => headings.map((_, c) => `r${r}c${c + 1}`);

/**
 * The heaviest workbook the default limits let through: `rows` rows (the headings among them)
 * of COLUMNS distinct strings in one sheet, with shared strings as Excel writes them. The sheet
 * is named after no kind, so the import is refused once it is read: the figures are the reading's.
 */
export async function heaviestXlsx(dir: string, rows: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const filename = `${dir}/heaviest-${rows}.xlsx`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("notes");
  ws.addRow(headings).commit();
  for (let r = 2; r <= rows; r++) ws.addRow(cells(r)).commit();
  ws.commit();
  await wb.commit();
  return readFileSync(filename).toString("base64");
}

/** The heaviest CSV file: as many rows and cells, as text (named after no kind either). */
export function heaviestCsv(rows: number): string {
  const lines = [headings.join(",")];
  for (let r = 2; r <= rows; r++) lines.push(cells(r).join(","));
  return lines.join("\n");
}
