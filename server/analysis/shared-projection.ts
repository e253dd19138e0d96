import type { Projection } from "../engine/projection.js";

type Column = Int32Array | Float64Array | Uint8Array;
type ColumnKey = { [K in keyof Projection]: Projection[K] extends Column ? K : never }[keyof Projection];

/** Every typed-array column of a projection; `satisfies` makes a new column a compile error here until listed. */
const COLUMNS = [
  "kind", "organisation", "region", "slotStart", "slotFallback", "memberStart", "memberTarget", "memberShare",
  "dependentStart", "dependent", "patientsPerDay", "severity", "toleranceHours", "workaroundCapacity",
  "workaroundHours", "recoveryHours", "records", "tier", "adminStart", "adminTarget", "accessStart", "accessTarget",
] as const satisfies readonly ColumnKey[];
type Listed = (typeof COLUMNS)[number];
// Fails to compile when the projection gains a column this list lacks.
const everyColumn: [Exclude<ColumnKey, Listed>] extends [never] ? true : never = true;
void everyColumn;

/**
 * A projection in memory that worker threads read in place: every column in a
 * SharedArrayBuffer (posting it to a worker shares it, nothing is copied), and the ids as one
 * shared block of UTF-8, newline-separated, that a worker decodes once per graph version.
 */
export interface SharedProjection {
  /** Names the graph: a live version (v12) or a point in history (h40). */
  readonly key: string;
  readonly n: number;
  readonly columns: Readonly<Record<Listed, Column>>;
  readonly ids: Uint8Array;
  readonly regions: readonly string[];
  readonly shortGroups: Projection["shortGroups"];
}

function toShared<T extends Column>(a: T): T {
  const copy = (a instanceof Int32Array ? new Int32Array(new SharedArrayBuffer(a.byteLength)) : a instanceof Float64Array ? new Float64Array(new SharedArrayBuffer(a.byteLength)) : new Uint8Array(new SharedArrayBuffer(a.byteLength))) as T;
  copy.set(a as never);
  return copy;
}

/**
 * Moves a projection's columns into shared memory. Returns the shared form and the same
 * projection reading the shared columns, so the main thread keeps one copy, not two.
 */
export function shareProjection(key: string, p: Projection): { shared: SharedProjection; projection: Projection } {
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, toShared(p[c])])) as Record<Listed, Column>;
  const joined = p.ids.join("\n");
  const bytes = Buffer.from(joined, "utf8");
  if (countNewlines(bytes) !== Math.max(0, p.n - 1)) throw new Error("a node id contains a line break");
  const ids = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  ids.set(bytes);
  return {
    shared: { key, n: p.n, columns, ids, regions: [...p.regions], shortGroups: p.shortGroups },
    projection: { ...p, ...(columns as Pick<Projection, Listed>) },
  };
}

function countNewlines(b: Buffer): number {
  let count = 0;
  for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * The projection a worker reads: the shared columns as they are, the ids decoded in one pass
 * (one string, one split), and the id index built only if a job asks for it.
 */
export function openSharedProjection(s: SharedProjection): Projection {
  const ids = s.n ? Buffer.from(s.ids.buffer, s.ids.byteOffset, s.ids.byteLength).toString("utf8").split("\n") : [];
  let indexOf: Map<string, number> | null = null;
  return {
    n: s.n,
    ids,
    regions: s.regions,
    shortGroups: s.shortGroups,
    ...(s.columns as Pick<Projection, Listed>),
    get indexOf(): ReadonlyMap<string, number> {
      indexOf ??= new Map(ids.map((id, i) => [id, i]));
      return indexOf;
    },
  };
}
