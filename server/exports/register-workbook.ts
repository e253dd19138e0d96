import ExcelJS from "exceljs";
import type { Database } from "../graph/database.js";
import type { AssessedRisk } from "../register/register.js";
import { COLUMN_WIDTHS, registerTable } from "./register-columns.js";
import { titleRows } from "./workbook.js";

/**
 * The risk register as a workbook: every risk with its scenario named, its inherent and residual
 * ratings (DCB0160, 1-5) and harm, its treatment and review dates, highest rating first. Cells
 * are written as values, never as formulas, so a title beginning with "=" stays text.
 */
export async function registerXlsx(db: Database, risks: readonly AssessedRisk[], at: Date): Promise<Buffer> {
  const table = await registerTable(db, risks);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risk register");
  titleRows(ws, "Risk register", at, [
    "Ratings are read from the NHS clinical risk matrix (DCB0160) by likelihood and consequence: 5 unacceptable, 4 must be controlled, 3 undesirable, 1 and 2 acceptable; the consequence comes from the dependency graph unless overridden.",
    "Harm is in weighted patients: patients whose care is lost in the horizon, weighted by how badly, plus records exposed weighted by sensitivity.",
  ]);
  const head = ws.addRow(table.head);
  head.font = { bold: true };
  for (const row of table.rows) ws.addRow(row).alignment = { vertical: "top", wrapText: true };
  ws.columns.forEach((c, i) => (c.width = COLUMN_WIDTHS[i]!));
  ws.views = [{ state: "frozen", ySplit: head.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
