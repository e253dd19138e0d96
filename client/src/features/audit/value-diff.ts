/** One difference between an event's before and after, at a readable path ("systems[sys-epr].name"). */
export interface Difference {
  path: string;
  kind: "added" | "removed" | "changed";
  before?: string;
  after?: string;
}

type Leaves = Map<string, string>;

/** A list of objects that all carry an id reads best keyed by that id, not by position. */
function idOf(item: unknown): string | null {
  if (item && typeof item === "object" && !Array.isArray(item)) {
    const id = (item as Record<string, unknown>).id;
    if (typeof id === "string" || typeof id === "number") return String(id);
  }
  return null;
}

/** Every scalar in the value, at its path; an empty list or object counts as a value of its own. */
function leaves(value: unknown, path: string, out: Leaves): Leaves {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, "(none)");
    const keyed = value.every((v) => idOf(v) !== null);
    value.forEach((v, i) => leaves(v, `${path}[${keyed ? idOf(v)! : i}]`, out));
  } else if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, "(empty)");
    for (const [k, v] of entries) leaves(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(
      path || "(value)",
      value === null || value === undefined ? "(nothing)" : typeof value === "string" ? value : JSON.stringify(value),
    );
  }
  return out;
}

/**
 * What an event changed, field by field: added, removed, and changed with old and new value, in
 * the order the fields appear (after's order, then what only before had).
 */
export function valueDiff(before: unknown, after: unknown): Difference[] {
  const b = before === null || before === undefined ? new Map<string, string>() : leaves(before, "", new Map());
  const a = after === null || after === undefined ? new Map<string, string>() : leaves(after, "", new Map());
  const out: Difference[] = [];
  for (const [path, value] of a) {
    const old = b.get(path);
    if (old === undefined) out.push({ path, kind: "added", after: value });
    else if (old !== value) out.push({ path, kind: "changed", before: old, after: value });
  }
  for (const [path, value] of b) if (!a.has(path)) out.push({ path, kind: "removed", before: value });
  return out;
}
