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

/** At most this many problems are kept (and shown) for one document; the rest are only counted. */
export const MAX_PROBLEMS = 1000;

/**
 * Problems found so far: the first `limit` kept, the rest counted, so a document with
 * millions of broken entries costs no more memory than one with a thousand.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  /** Every problem found, those not kept included. */
  total = 0;

  constructor(private readonly limit = MAX_PROBLEMS) {}

  push(...problems: Problem[]): number {
    for (const p of problems) {
      if (this.items.length < this.limit) this.items.push(p);
      this.total++;
    }
    return this.total;
  }

  /** Room for more, i.e. whether a caller should still build the problems' paths and messages. */
  get full(): boolean {
    return this.items.length >= this.limit;
  }
}
