import type { IdIndex, Projection } from "../engine/projection.js";

type Column = Int32Array | Float64Array | Uint8Array;
type ColumnKey = { [K in keyof Projection]: Projection[K] extends Column ? K : never }[keyof Projection];

/** Every typed-array column of a projection; `satisfies` makes a new column a compile error here until listed. */
const COLUMNS = [
  "kind",
  "organisation",
  "region",
  "slotStart",
  "slotFallback",
  "memberStart",
  "memberTarget",
  "memberShare",
  "dependentStart",
  "dependent",
  "patientsPerDay",
  "severity",
  "toleranceHours",
  "workaroundCapacity",
  "workaroundHours",
  "recoveryHours",
  "records",
  "tier",
  "adminStart",
  "adminTarget",
  "accessStart",
  "accessTarget",
  "hostSupplier",
  "implied",
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
  /** Node indices in the order of their ids, when the sharing thread sorted them: ids are then found without building a map. */
  readonly order?: Int32Array;
}

function toShared<T extends Column>(a: T): T {
  const copy = (
    a instanceof Int32Array
      ? new Int32Array(new SharedArrayBuffer(a.byteLength))
      : a instanceof Float64Array
        ? new Float64Array(new SharedArrayBuffer(a.byteLength))
        : new Uint8Array(new SharedArrayBuffer(a.byteLength))
  ) as T;
  copy.set(a as never);
  return copy;
}

/**
 * Moves a projection's columns into shared memory. Returns the shared form and the same
 * projection reading the shared columns, so the main thread keeps one copy, not two.
 */
export function shareProjection(
  key: string,
  p: Projection,
  o: { sortIds?: boolean } = {},
): { shared: SharedProjection; projection: Projection } {
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, toShared(p[c])])) as Record<Listed, Column>;
  const joined = p.ids.join("\n");
  const bytes = Buffer.from(joined, "utf8");
  if (countNewlines(bytes) !== Math.max(0, p.n - 1)) throw new Error("a node id contains a line break");
  const ids = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  ids.set(bytes);
  return {
    shared: {
      key,
      n: p.n,
      columns,
      ids,
      regions: [...p.regions],
      shortGroups: p.shortGroups,
      ...(o.sortIds ? { order: idOrder(p.ids) } : {}),
    },
    projection: { ...p, ...(columns as Pick<Projection, Listed>) },
  };
}

function countNewlines(b: Buffer): number {
  let count = 0;
  for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) count++;
  return count;
}

/**
 * Node indices sorted by id, in shared memory. Sorting is done once, in the thread that loads
 * the graph; a map of 2.3 million ids would otherwise be built on first use by the thread that
 * reads it, holding the server's event loop for about two seconds at national scale.
 */
function idOrder(ids: readonly string[]): Int32Array {
  const order = new Int32Array(new SharedArrayBuffer(ids.length * Int32Array.BYTES_PER_ELEMENT));
  for (let i = 0; i < ids.length; i++) order[i] = i;
  return order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

/** An id found by binary search over the ids in sorted order. */
class SortedIds implements IdIndex {
  constructor(
    private readonly ids: readonly string[],
    private readonly order: Int32Array,
  ) {}

  get(id: string): number | undefined {
    let lo = 0;
    let hi = this.order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.order[mid]!;
      const here = this.ids[at]!;
      if (here === id) return at;
      if (here < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/**
 * The projection a worker reads: the shared columns as they are, the ids decoded in one pass
 * (one string, one split), and ids found in the shared sorted order, or else in a map built
 * only if a job asks for one.
 */
export function openSharedProjection(s: SharedProjection): Projection {
  const ids = s.n ? Buffer.from(s.ids.buffer, s.ids.byteOffset, s.ids.byteLength).toString("utf8").split("\n") : [];
  let indexOf: IdIndex | null = s.order ? new SortedIds(ids, s.order) : null;
  return {
    n: s.n,
    ids,
    regions: s.regions,
    shortGroups: s.shortGroups,
    ...(s.columns as Pick<Projection, Listed>),
    get indexOf(): IdIndex {
      indexOf ??= new Map(ids.map((id, i) => [id, i]));
      return indexOf;
    },
  };
}
