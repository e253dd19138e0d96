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
 * SharedArrayBuffer (posting it to a worker shares it, nothing is copied), and the ids once for
 * every thread: their UTF-8 bytes end to end, where each starts, and the nodes in the order of
 * their ids. A thread decodes an id only when it names a node, and finds one by binary search.
 */
export interface SharedProjection {
  /** Names the graph: a live version (v12) or a point in history (h40). */
  readonly key: string;
  readonly n: number;
  readonly columns: Readonly<Record<Listed, Column>>;
  readonly ids: SharedIds;
  readonly regions: readonly string[];
  readonly shortGroups: Projection["shortGroups"];
}

export interface SharedIds {
  /** Every id's UTF-8 bytes, end to end. */
  readonly bytes: Uint8Array;
  /** Node i's id is bytes[start[i]] .. bytes[start[i + 1]]; n + 1 entries. */
  readonly start: Int32Array;
  /** Node indices in the order of their ids. */
  readonly order: Int32Array;
  /** Each node's place in that order: ids compare as their places do. */
  readonly rank: Int32Array;
  /** Every byte below 0x80: an id is then decoded byte for character. */
  readonly ascii: boolean;
}

const sharedInt32 = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));

function toShared<T extends Column>(a: T): T {
  const copy = (
    a instanceof Int32Array
      ? sharedInt32(a.length)
      : a instanceof Float64Array
        ? new Float64Array(new SharedArrayBuffer(a.byteLength))
        : new Uint8Array(new SharedArrayBuffer(a.byteLength))
  ) as T;
  copy.set(a as never);
  return copy;
}

/**
 * Moves a projection into shared memory. Returns the shared form and the projection reading it,
 * so the calling thread keeps one copy, not two: the projection passed in (and its id strings)
 * can be let go. The ids are sorted here, once, in the thread that built the graph: a map of
 * 2.3 million ids would otherwise be built by each thread that reads them.
 */
export function shareProjection(key: string, p: Projection): { shared: SharedProjection; projection: Projection } {
  const columns = Object.fromEntries(COLUMNS.map((c) => [c, toShared(p[c])])) as Record<Listed, Column>;
  const shared: SharedProjection = {
    key,
    n: p.n,
    columns,
    ids: shareIds(p),
    regions: [...p.regions],
    shortGroups: p.shortGroups,
  };
  return { shared, projection: openSharedProjection(shared) };
}

function shareIds(p: Projection): SharedIds {
  const start = sharedInt32(p.n + 1);
  let length = 0;
  let characters = 0;
  for (let i = 0; i < p.n; i++) {
    const id = p.idOf(i);
    start[i] = length;
    length += Buffer.byteLength(id, "utf8");
    characters += id.length;
  }
  start[p.n] = length;
  const bytes = new Uint8Array(new SharedArrayBuffer(length));
  const view = Buffer.from(bytes.buffer, 0, length);
  for (let i = 0; i < p.n; i++) view.write(p.idOf(i), start[i]!, "utf8");
  const order = sharedInt32(p.n);
  for (let i = 0; i < p.n; i++) order[i] = i;
  order.sort(p.compareIds);
  const rank = sharedInt32(p.n);
  for (let k = 0; k < p.n; k++) rank[order[k]!] = k;
  // Any other character takes more bytes in UTF-8 than code units in a string.
  return { bytes, start, order, rank, ascii: length === characters };
}

/** Ids read from their shared bytes, one at a time, and found by binary search over the shared order. */
class IdReader implements IdIndex {
  private readonly view: Buffer;
  private readonly encoding: "latin1" | "utf8";

  constructor(private readonly s: SharedIds) {
    this.view = Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength);
    this.encoding = s.ascii ? "latin1" : "utf8";
  }

  readonly idOf = (i: number): string => {
    if (!(i >= 0 && i < this.s.order.length)) throw new RangeError(`no node ${i}`);
    return this.view.toString(this.encoding, this.s.start[i]!, this.s.start[i + 1]!);
  };

  readonly compareIds = (a: number, b: number): number => this.s.rank[a]! - this.s.rank[b]!;

  get(id: string): number | undefined {
    const order = this.s.order;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = order[mid]!;
      const here = this.idOf(at);
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

/** The projection a thread reads: the shared columns as they are, ids decoded when asked for. */
export function openSharedProjection(s: SharedProjection): Projection {
  const ids = new IdReader(s.ids);
  return {
    n: s.n,
    idOf: ids.idOf,
    compareIds: ids.compareIds,
    indexOf: ids,
    regions: s.regions,
    shortGroups: s.shortGroups,
    ...(s.columns as Pick<Projection, Listed>),
  };
}

/** Bytes of shared memory a projection holds: its columns and its ids. */
export function sharedBytes(s: SharedProjection): { columns: number; ids: number } {
  const ids = s.ids.bytes.byteLength + s.ids.start.byteLength + s.ids.order.byteLength + s.ids.rank.byteLength;
  return { columns: Object.values(s.columns).reduce((sum, c) => sum + c.byteLength, 0), ids };
}
