import type ExcelJS from "exceljs";
import { timeEnGb } from "../model/date-words.js";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A sheet's title, the moment it was made, and what its columns mean, above the table. */
export function titleRows(ws: ExcelJS.Worksheet, title: string, at: Date, notes: readonly string[]): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([`Made ${timeEnGb(at.toISOString())} by the critical-systems impact map.`]);
  for (const n of notes) ws.addRow([n]).font = { italic: true };
  ws.addRow([]);
}
