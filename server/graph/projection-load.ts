import { int, type ManagedTransaction } from "neo4j-driver";
import { pMapIterable } from "p-map";
import type { Projection } from "../engine/projection.js";
import { ProjectionBuilder, type EdgeCounts } from "../engine/projection-builder.js";
import { HEAP_COLUMNS, type ColumnAlloc } from "../engine/typed-arrays.js";
import type { Database } from "./database.js";
import { readGraphVersion } from "./graph-version.js";
import { addEdges, addNode, BATCH, COUNTS, EDGES, ID_PAGE, internalOf, NODES, type EdgeBatch, type NodeRow } from "./projection-rows.js";

const PAGE = 50_000;

export interface GraphCounts extends EdgeCounts {
  nodes: number;
}

/** How many nodes and edges of each kind the graph holds, from Neo4j's counts: read at once, whatever the graph's size. */
export async function readGraphCounts(tx: ManagedTransaction): Promise<GraphCounts> {
  return (await tx.run(COUNTS)).records[0]!.toObject() as GraphCounts;
}
/**
 * Pages read at once. Neo4j answers one query on one core: with three in flight it works on two
 * while the rows of a third are decoded and laid out here (national estate, warm: 17.7 s with
 * three, 20.8 s with two).
 */
const IN_FLIGHT = 3;

export interface LoadProgress {
  phase: "nodes" | "edges";
  done: number;
}

/**
 * Reads the dependency graph into a projection, a page per read transaction (its columns made by
 * `alloc`: SHARED_COLUMNS where threads will read it): the driver keeps
 * every result of a transaction until it ends, and one transaction over millions of rows would
 * hold them all. The graph version is read before and after; if a write landed in between,
 * the pages may disagree, so the load starts again.
 */
export async function loadProjection(
  db: Database,
  onProgress: (p: LoadProgress) => void = () => {},
  alloc: ColumnAlloc = HEAP_COLUMNS,
): Promise<{ projection: Projection; version: number }> {
  for (let attempt = 1; ; attempt++) {
    const before = await db.read(readGraphVersion);
    const projection = await loadPages(db, onProgress, alloc);
    const after = await db.read(readGraphVersion);
    if (before === after || attempt === 3) return { projection, version: before };
  }
}

/**
 * Three passes, each a page of 50,000 nodes at a time: the nodes' internal ids in id order (from
 * the index alone), then the nodes and then their edges, each page found by those internal ids
 * (a direct look-up, not an index range) and read two at a time, laid out in page order (so
 * node indices follow id order and edges keep the order they are stored in).
 */
async function loadPages(db: Database, onProgress: (p: LoadProgress) => void, alloc: ColumnAlloc): Promise<Projection> {
  const b = new ProjectionBuilder();
  const counts = await db.read(readGraphCounts);
  b.reserveNodes(counts.nodes);
  const dense = new InternalIds(counts.nodes);
  const pages: Float64Array[] = [];
  const read = <T>(query: string, ids: Float64Array): Promise<T[]> =>
    db.read(async (tx) => {
      const r = await tx.run(query, { ids: ids.join(","), batch: int(BATCH) });
      return r.records.map((rec) => rec.get("batch") as T);
    });
  const nodePages = pMapIterable(idPages(db, pages), (ids) => read<NodeRow[]>(NODES, ids), {
    concurrency: IN_FLIGHT,
    backpressure: IN_FLIGHT + 1,
  });
  for await (const batches of nodePages) {
    for (const rows of batches) for (const row of rows) dense.set(internalOf(row), addNode(b, row));
    onProgress({ phase: "nodes", done: b.size });
  }
  b.reserveEdges(counts);
  let edges = 0;
  const edgePages = pMapIterable(pages, (ids) => read<EdgeBatch>(EDGES, ids), { concurrency: IN_FLIGHT });
  const indexOf = (internal: number): number => dense.get(internal);
  for await (const page of edgePages) {
    edges += addEdges(b, indexOf, page);
    onProgress({ phase: "edges", done: edges });
  }
  return b.build(alloc);
}

/**
 * Each page's internal node ids, in id order, read from the id index alone; kept in `pages` for
 * the edges, as typed arrays (outside the loading thread's heap, which is kept small).
 */
async function* idPages(db: Database, pages: Float64Array[]): AsyncGenerator<Float64Array> {
  let after = "";
  for (;;) {
    const page = await db.read(async (tx) => {
      const r = await tx.run(ID_PAGE, { after, limit: int(PAGE) });
      const rec = r.records[0];
      return rec ? { ids: rec.get("ids") as number[], last: rec.get("last") as string | null } : null;
    });
    if (!page?.ids.length || page.last === null) return;
    const ids = Float64Array.from(page.ids);
    pages.push(ids);
    yield ids;
    if (page.ids.length < PAGE) return;
    after = page.last;
  }
}

/** Neo4j's internal node ids to the projection's dense indices. */
class InternalIds {
  private table: Int32Array;
  /** Internal ids run a little past the count where nodes were deleted: a tenth to spare. */
  constructor(nodes: number) {
    this.table = new Int32Array(Math.max(1 << 16, Math.ceil(nodes * 1.1))).fill(-1);
  }
  set(internal: number, index: number): void {
    if (internal >= this.table.length) {
      const next = new Int32Array(Math.max(internal + 1, this.table.length * 2)).fill(-1);
      next.set(this.table);
      this.table = next;
    }
    this.table[internal] = index;
  }
  get(internal: number): number {
    return internal < this.table.length ? this.table[internal]! : -1;
  }
}
