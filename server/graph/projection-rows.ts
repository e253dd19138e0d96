import { KIND, type KindCode } from "../engine/projection.js";
import type { ProjectionBuilder } from "../engine/projection-builder.js";
import { Hosting, severityLevel, tierLevel, type Sensitivity, type Severity } from "../model/enums.js";

/**
 * Rows come back a few hundred to a record. One huge record per page spans many Bolt chunks,
 * which the driver decodes byte by byte; a record per row pays per-record overhead millions
 * of times. Batches of a few hundred keep each record within one chunk.
 *
 * Numbers come back as floats: the driver turns every Bolt integer into an Integer object and
 * back, a float it reads as it is. A page's internal ids go the other way as one string, split
 * by Neo4j: the driver packs a list of numbers one value at a time.
 */
export const BATCH = 250;

/** How many nodes and edges of each kind the graph holds, from Neo4j's counts (no scan): the builder's room is made once. */
export const COUNTS = `CALL { MATCH (n:Node) RETURN count(n) AS nodes }
  CALL { MATCH ()-[r:DEPENDS_ON]->() RETURN count(r) AS dependencies }
  CALL { MATCH ()-[r:ADMINISTERS]->() RETURN count(r) AS administers }
  CALL { MATCH ()-[r:ACCESSES]->() RETURN count(r) AS accesses }
  RETURN toFloat(nodes) AS nodes, toFloat(dependencies) AS dependencies, toFloat(administers) AS administers, toFloat(accesses) AS accesses`;

/** A page of internal node ids in id order, from the id index alone, and the page's last id. */
export const ID_PAGE = `MATCH (n:Node) WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  WITH collect(n) AS page
  RETURN [n IN page | toFloat(id(n))] AS ids, last(page).id AS last`;

/**
 * The nodes of a page of internal ids, in that order. Each row starts with the internal id × 8 +
 * the kind; a System with no recovery time and no hosting (most of a national estate) sends only
 * its id and organisation besides.
 */
export const NODES = `UNWIND split($ids, ",") AS f
  MATCH (n:Node) WHERE id(n) = toInteger(f)
  WITH n, CASE WHEN n:CareService THEN 1 WHEN n:System THEN 2 WHEN n:DataStore THEN 3 WHEN n:Supplier THEN 4 ELSE 0 END AS kind
  WITH collect(CASE WHEN kind = 2 AND n.recoveryHours IS NULL AND n.hosting IS NULL
    THEN [toFloat(id(n) * 8 + kind), n.id, n.organisation]
    ELSE [toFloat(id(n) * 8 + kind), n.id, n.organisation, toFloat(n.patientsPerDay), n.severity, toFloat(n.impactToleranceHours),
      toFloat(n.workaroundCapacity), toFloat(n.workaroundSustainableHours), toFloat(n.records), n.sensitivity, n.region,
      toFloat(n.recoveryHours), n.supplier, n.hosting] END) AS rows
  UNWIND range(0, size(rows) - 1, $batch) AS i
  RETURN rows[i..i + $batch] AS batch`;

const ENDS = 2 ** 25;
/**
 * The edges from a page of internal ids. A plain edge (a dependency that fails, with no group or
 * share, an access or an administration) is one number: (type × 2^25 + from) × 2^25 + to, exact
 * in a float while both ends are below 2^25. Any other is -1 in the keys and a full row among the
 * extras, in the same order; the keys' batches come first, then the extras'.
 */
export const EDGES = `UNWIND split($ids, ",") AS f
  MATCH (a:Node) WHERE id(a) = toInteger(f)
  MATCH (a)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]->(b:Node)
  WITH r, id(a) AS a, id(b) AS b, CASE type(r) WHEN 'DEPENDS_ON' THEN 0 WHEN 'ACCESSES' THEN 1 ELSE 2 END AS t
  WITH r, a, b, t, a >= ${ENDS} OR b >= ${ENDS} OR r.effect = 'DEGRADES' OR r.group IS NOT NULL OR r.share IS NOT NULL AS full
  WITH collect(CASE WHEN full THEN -1.0 ELSE toFloat((t * ${ENDS} + a) * ${ENDS} + b) END) AS keys,
    collect(CASE WHEN full THEN [toFloat(t), toFloat(a), toFloat(b), r.effect, toFloat(r.capacity), r.group, toFloat(r.share)] END) AS extras
  UNWIND [i IN range(0, size(keys) - 1, $batch) | keys[i..i + $batch]] + [i IN range(0, size(extras) - 1, $batch) | extras[i..i + $batch]] AS batch
  RETURN batch`;

export type NodeRow =
  | [number, string, string | null]
  | [
      number,
      string,
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
export type EdgeRow = [number, number, number, string | null, number | null, string | null, number | null];
/** A batch of an edge page: keys, or full rows. */
export type EdgeBatch = number[] | EdgeRow[];

/** The internal id a node row names. */
export const internalOf = (row: NodeRow): number => Math.floor(row[0] / 8);

export function addNode(b: ProjectionBuilder, row: NodeRow): number {
  const kind = (row[0] % 8) as KindCode;
  const i = b.addNode(row[1], kind, row[2] ?? undefined);
  if (row.length === 3) return i;
  const [, , , ppd, severity, tol, wCap, wHours, records, sensitivity, region, recovery, supplier, hosting] = row;
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

/**
 * Lays out one page of edges, in the order they were read: each key is a plain edge, or -1 for
 * the next full row. `dense` maps internal ids to node indices (-1 for none). Returns the count.
 */
export function addEdges(b: ProjectionBuilder, dense: (internal: number) => number, page: EdgeBatch[]): number {
  // The keys' batches come first, then the full rows'.
  const keyBatches = page.findIndex((batch) => batch.length > 0 && typeof batch[0] !== "number");
  const full = keyBatches < 0 ? [] : (page.slice(keyBatches) as EdgeRow[][]);
  let batch = 0;
  let row = 0;
  let count = 0;
  for (const keys of (keyBatches < 0 ? page : page.slice(0, keyBatches)) as number[][]) {
    count += keys.length;
    for (const key of keys) {
      if (key < 0) {
        if (row === full[batch]!.length) [batch, row] = [batch + 1, 0];
        const [type, a, c, effect, capacity, group, share] = full[batch]![row++]!;
        addEdge(b, type, dense(a), dense(c), effect, capacity, group, share);
      } else {
        const to = key % ENDS;
        const rest = (key - to) / ENDS;
        const from = rest % ENDS;
        addEdge(b, (rest - from) / ENDS, dense(from), dense(to), null, null, null, null);
      }
    }
  }
  return count;
}

function addEdge(
  b: ProjectionBuilder,
  type: number,
  from: number,
  to: number,
  effect: string | null,
  capacity: number | null,
  group: string | null,
  share: number | null,
): void {
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
