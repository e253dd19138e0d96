import { int } from "neo4j-driver";
import { KIND, type KindCode, type Projection } from "../engine/projection.js";
import { ProjectionBuilder } from "../engine/projection-builder.js";
import { HEAP_COLUMNS, type ColumnAlloc } from "../engine/typed-arrays.js";
import { Hosting, severityLevel, tierLevel, type Sensitivity, type Severity } from "../model/enums.js";
import type { Database } from "./database.js";
import { readGraphVersion } from "./graph-version.js";

const PAGE = 50_000;
/**
 * Rows come back a few hundred to a record. One huge record per page spans many Bolt chunks,
 * which the driver decodes byte by byte; a record per row pays per-record overhead millions
 * of times. Batches of a few hundred keep each record within one chunk.
 */
const BATCH = 250;

const NODES = `MATCH (n:Node) WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  WITH collect([id(n), n.id,
    CASE WHEN n:CareService THEN 1 WHEN n:System THEN 2 WHEN n:DataStore THEN 3 WHEN n:Supplier THEN 4 ELSE 0 END,
    n.organisation, n.patientsPerDay, n.severity, n.impactToleranceHours, n.workaroundCapacity,
    n.workaroundSustainableHours, n.records, n.sensitivity, n.region, n.recoveryHours, n.supplier, n.hosting]) AS rows
  UNWIND range(0, size(rows) - 1, $batch) AS i
  RETURN rows[i..i + $batch] AS batch`;

// Internal ids, not `id` properties, name the ends: integers decode far faster than strings.
const EDGES = `MATCH (a:Node) WHERE a.id > $after AND a.id <= $until
  MATCH (a)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]->(b:Node)
  WITH collect([CASE type(r) WHEN 'DEPENDS_ON' THEN 0 WHEN 'ACCESSES' THEN 1 ELSE 2 END,
    id(a), id(b), r.effect, r.capacity, r.group, r.share]) AS rows
  UNWIND range(0, size(rows) - 1, $batch) AS i
  RETURN rows[i..i + $batch] AS batch`;

type NodeRow = [
  number,
  string,
  number,
  string | null,
  number | null,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
];
type EdgeRow = [number, number, number, string | null, number | null, string | null, number | null];

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

async function loadPages(db: Database, onProgress: (p: LoadProgress) => void, alloc: ColumnAlloc): Promise<Projection> {
  const b = new ProjectionBuilder();
  const dense = new InternalIds();
  const pageEnds: string[] = [];
  let after = "";
  for (;;) {
    const rows = await db.read(async (tx) => {
      const r = await tx.run(NODES, { after, limit: int(PAGE), batch: int(BATCH) });
      return r.records.flatMap((rec) => rec.get("batch") as NodeRow[]);
    });
    for (const row of rows) dense.set(row[0], addNode(b, row));
    if (!rows.length) break;
    after = rows[rows.length - 1]![1];
    pageEnds.push(after);
    onProgress({ phase: "nodes", done: b.size });
    if (rows.length < PAGE) break;
  }
  // The next page of edges is asked for before this one is laid out: Neo4j reads it meanwhile.
  const edgePage = (k: number): Promise<EdgeRow[]> | null => {
    if (k >= pageEnds.length) return null;
    const page = db.read(async (tx) => {
      const r = await tx.run(EDGES, { after: k ? pageEnds[k - 1]! : "", until: pageEnds[k]!, batch: int(BATCH) });
      return r.records.flatMap((rec) => rec.get("batch") as EdgeRow[]);
    });
    // Awaited below; until then a failure must not count as unhandled.
    page.catch(() => {});
    return page;
  };
  let edges = 0;
  let next = edgePage(0);
  for (let k = 0; next; k++) {
    const rows = await next;
    next = edgePage(k + 1);
    for (const row of rows) addEdge(b, dense, row);
    edges += rows.length;
    onProgress({ phase: "edges", done: edges });
  }
  return b.build(alloc);
}

/** Neo4j's internal node ids to the projection's dense indices. */
class InternalIds {
  private table = new Int32Array(1 << 20).fill(-1);
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

function addNode(b: ProjectionBuilder, row: NodeRow): number {
  const [, id, kind, org, ppd, severity, tol, wCap, wHours, records, sensitivity, region, recovery, supplier, hosting] = row;
  const i = b.addNode(id, kind as KindCode, org ?? undefined);
  const h = Hosting.safeParse(hosting);
  if (kind === KIND.System && supplier !== null && h.success) b.setHosting(i, { supplier, hosting: h.data });
  if (recovery !== null && kind !== KIND.Organisation && kind !== KIND.CareService) b.setRecoveryHours(i, recovery);
  if (kind === KIND.Organisation) {
    if (region !== null) b.setRegion(i, region);
  } else if (kind === KIND.CareService) {
    b.setService(i, {
      patientsPerDay: ppd ?? 0,
      severity: severityLevel((severity ?? "MINOR") as Severity),
      toleranceHours: tol ?? undefined,
      workaroundCapacity: wCap ?? undefined,
      workaroundHours: wHours ?? undefined,
    });
  } else if (kind === KIND.DataStore) {
    b.setDataStore(i, records ?? 0, tierLevel((sensitivity ?? "T1") as Sensitivity));
  }
  return i;
}

function addEdge(b: ProjectionBuilder, dense: InternalIds, [type, a, c, effect, capacity, group, share]: EdgeRow): void {
  const from = dense.get(a);
  const to = dense.get(c);
  if (from < 0 || to < 0) return;
  if (type === 0) {
    b.addDependency({
      from,
      to,
      fallback: effect === "DEGRADES" ? (capacity ?? 0) : 0,
      group: group ?? undefined,
      share: share ?? undefined,
    });
  } else if (type === 1) b.addAccess(from, to);
  else b.addAdministers(from, to);
}
