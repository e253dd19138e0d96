import { stringify } from "csv-stringify/browser/esm/sync";

/**
 * Rows as CSV, one line each. A text cell that a spreadsheet would run as a formula (it starts
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe: names and ids come
 * from imported documents, and a file opened in Excel must not execute them.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return stringify(rows as Array<Array<string | number | null>>, { escape_formulas: true });
}
