import { IdReader, type IdBlock } from "../engine/id-block.js";
import type { Projection } from "../engine/projection.js";
import { SHARED_COLUMNS, copyInto } from "../engine/typed-arrays.js";

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

/** The ids in shared memory: see IdBlock. */
export type SharedIds = IdBlock;

/** `a` itself where it already fills a SharedArrayBuffer (built there), else a copy in one. */
function toShared<T extends Column>(a: T): T {
  const inPlace = a.buffer instanceof SharedArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
  return inPlace ? a : copyInto(SHARED_COLUMNS, a);
}

/**
 * Moves a projection into shared memory; columns and ids already built there (SHARED_COLUMNS)
 * are taken as they are, so a projection the loading thread built is shared without a copy. Returns the shared form and the projection reading it,
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
  // A projection built by ProjectionBuilder reads its ids from a block: that block is shared as it is.
  if (p.indexOf instanceof IdReader && p.idOf === p.indexOf.idOf) {
    const { bytes, start, order, rank, ascii } = p.indexOf.block;
    return { bytes: toShared(bytes), start: toShared(start), order: toShared(order), rank: toShared(rank), ascii };
  }
  const start = SHARED_COLUMNS.int32(p.n + 1);
  let length = 0;
  let characters = 0;
  for (let i = 0; i < p.n; i++) {
    const id = p.idOf(i);
    start[i] = length;
    length += Buffer.byteLength(id, "utf8");
    characters += id.length;
  }
  start[p.n] = length;
  const bytes = SHARED_COLUMNS.uint8(length);
  const view = Buffer.from(bytes.buffer, 0, length);
  for (let i = 0; i < p.n; i++) view.write(p.idOf(i), start[i]!, "utf8");
  const order = SHARED_COLUMNS.int32(p.n);
  for (let i = 0; i < p.n; i++) order[i] = i;
  order.sort(p.compareIds);
  const rank = SHARED_COLUMNS.int32(p.n);
  for (let k = 0; k < p.n; k++) rank[order[k]!] = k;
  // Any other character takes more bytes in UTF-8 than code units in a string.
  return { bytes, start, order, rank, ascii: length === characters };
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
