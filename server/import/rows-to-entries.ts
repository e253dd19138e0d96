import type { Problem } from "../model/problems.js";
import { addUpsert, type ChangeRequest, type Origin } from "../model-change/request.js";
import type { Column, Kind } from "./columns.js";
import type { Cell, Table } from "./tables.js";

const problemAt = (t: Table, row: number, column: string | undefined, message: string): Problem => ({
  path: `${t.where}:${row}${column ? `:${column}` : ""}`,
  message,
  file: t.where,
  row,
  ...(column ? { column } : {}),
});

/** One cell read as its column says; a string is a problem's message. */
function read(c: Column, v: Cell): { value: unknown } | string {
  if (c.type === "text") return { value: String(v) };
  if (c.type === "boolean") {
    if (typeof v === "boolean") return { value: v };
    const s = String(v).toLowerCase();
    if (["true", "yes", "y", "1"].includes(s)) return { value: true };
    if (["false", "no", "n", "0"].includes(s)) return { value: false };
    return `'${String(v)}' is not true or false`;
  }
  if (c.type === "list")
    return {
      value: String(v)
        .split(";")
        .map((x) => x.trim())
        .filter(Boolean),
    };
  const n = typeof v === "number" ? v : Number(String(v).replace(/,/g, ""));
  if (!Number.isFinite(n)) return `'${String(v)}' is not a number`;
  if (c.type === "integer" && !Number.isInteger(n)) return `'${String(v)}' is not a whole number`;
  return { value: n };
}

/**
 * The rows of one sheet as entries of the request, each with its file, row and columns as its
 * origin. Headings must be the kind's columns; a cell that does not read is a problem at its
 * row and column. Row numbers are as a spreadsheet shows them: the headings are row 1.
 */
export function addRows(req: ChangeRequest, t: Table, kind: Kind): void {
  const headings = (t.rows[0] ?? []).map((h) => String(h ?? "").trim());
  const byName = new Map(kind.columns.map((c) => [c.name.toLowerCase(), c]));
  const columns: Array<Column | null> = headings.map((h, i) => {
    if (h === "") return null;
    const c = byName.get(h.toLowerCase());
    if (!c)
      req.problems.push(
        problemAt(t, 1, h, `unknown column '${h}' for ${kind.name} (columns: ${kind.columns.map((x) => x.name).join(", ")})`),
      );
    else if (headings.findIndex((x) => x.toLowerCase() === h.toLowerCase()) !== i)
      req.problems.push(problemAt(t, 1, h, `column '${h}' appears twice`));
    return c ?? null;
  });
  for (const c of kind.columns) {
    if (c.required && !columns.includes(c)) req.problems.push(problemAt(t, 1, c.name, `the required column '${c.name}' is missing`));
  }
  const fieldColumns: Record<string, string> = { workaround: "workaroundCapacity" };
  for (const c of kind.columns) fieldColumns[c.name] = c.name;

  for (let r = 1; r < t.rows.length; r++) {
    const cells = t.rows[r]!;
    if (cells.every((v) => v === null || v === "")) continue;
    const row = r + 1;
    const entry: Record<string, unknown> = {};
    let ok = true;
    columns.forEach((c, i) => {
      const v = cells[i] ?? null;
      if (!c || v === null || v === "") return;
      const got = read(c, v);
      if (typeof got === "string") {
        req.problems.push(problemAt(t, row, c.name, got));
        ok = false;
      } else entry[c.name] = got.value;
    });
    if (!ok) continue;
    if (kind.list === "careServices") nestWorkaround(entry);
    const origin: Origin = { path: `${t.where}:${row}`, file: t.where, row, columns: fieldColumns };
    addUpsert(req, kind.list, entry, origin);
  }
}

/** The two workaround columns are one field of the document. */
function nestWorkaround(e: Record<string, unknown>): void {
  const { workaroundCapacity: capacity, workaroundSustainableHours: sustainableHours } = e;
  delete e.workaroundCapacity;
  delete e.workaroundSustainableHours;
  if (capacity !== undefined || sustainableHours !== undefined) e.workaround = { capacity, sustainableHours };
}
