import { stringify } from "csv-stringify/sync";
import type { Database } from "../graph/database.js";
import type { AssessedRisk } from "../register/register.js";
import { registerTable } from "./register-columns.js";

/**
 * The risk register as CSV: the XLSX's columns and rows (register-columns.ts), one line a risk.
 * A text cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first)
 * gets a leading apostrophe, so a title beginning with "=" stays text.
 */
export async function registerCsv(db: Database, risks: readonly AssessedRisk[]): Promise<string> {
  const { head, rows } = await registerTable(db, risks);
  return stringify([head, ...rows], { escape_formulas: true });
}
