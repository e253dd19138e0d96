import type ExcelJS from "exceljs";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A sheet's title, the moment it was made, and what its columns mean, above the table. */
export function titleRows(ws: ExcelJS.Worksheet, title: string, at: Date, notes: readonly string[]): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([`Made ${at.toISOString().slice(0, 16).replace("T", " ")} UTC by the critical-systems impact map.`]);
  for (const n of notes) ws.addRow([n]).font = { italic: true };
  ws.addRow([]);
}
