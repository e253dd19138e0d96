/** One reason a document or an argument was refused, located by its JSON path. */
export interface Problem {
  path: string;
  message: string;
  /** For a spreadsheet or CSV import: the file (or file and sheet), the row (1 = header) and the column. */
  file?: string;
  row?: number;
  column?: string;
}

/** `["dependencies", 3, "capacity"]` → `$.dependencies[3].capacity`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
