import { int } from "neo4j-driver";
import { KIND, type KindCode, type Projection } from "../engine/projection.js";
import { ProjectionBuilder } from "../engine/projection-builder.js";
import { SEVERITIES } from "../model/enums.js";
import type { Database } from "./database.js";

const PAGE = 50_000;

// One record per page, its rows collected into lists: far cheaper to decode than a record per node.
const NODES = `MATCH (n:Node) WHERE n.id > $after
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect([n.id,
    CASE WHEN n:CareService THEN 1 WHEN n:System THEN 2 WHEN n:DataStore THEN 3 WHEN n:Supplier THEN 4 ELSE 0 END,
    n.organisation, n.patientsPerDay, n.severity, n.impactToleranceHours, n.workaroundCapacity,
    n.workaroundSustainableHours, n.records, n.sensitivity]) AS rows`;

const EDGES = `MATCH (a:Node) WHERE a.id > $after AND a.id <= $until
  MATCH (a)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]->(b:Node)
  RETURN collect([CASE type(r) WHEN 'DEPENDS_ON' THEN 0 WHEN 'ACCESSES' THEN 1 ELSE 2 END,
    a.id, b.id, r.effect, r.capacity, r.group, r.share]) AS rows`;

type NodeRow = [string, number, string | null, number | null, string | null, number | null, number | null, number | null, number | null, string | null];
type EdgeRow = [number, string, string, string | null, number | null, string | null, number | null];

export interface LoadProgress {
  phase: "nodes" | "edges";
  done: number;
}

/** Reads the dependency graph into a projection with paged, read-only queries in one transaction. */
export async function loadProjection(db: Database, onProgress: (p: LoadProgress) => void = () => {}): Promise<{ projection: Projection; version: number }> {
  return db.read(async (tx) => {
    const versionRec = await tx.run("OPTIONAL MATCH (m:Meta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v");
    const version = versionRec.records[0]?.get("v") as number;
    const b = new ProjectionBuilder();
    const pageEnds: string[] = [];
    let after = "";
    for (;;) {
      const r = await tx.run(NODES, { after, limit: int(PAGE) });
      const rows = r.records[0]?.get("rows") as NodeRow[];
      if (!rows.length) break;
      for (const row of rows) addNode(b, row);
      after = rows[rows.length - 1]![0];
      pageEnds.push(after);
      onProgress({ phase: "nodes", done: b.size });
      if (rows.length < PAGE) break;
    }
    let from = "";
    let edges = 0;
    for (const until of pageEnds) {
      const r = await tx.run(EDGES, { after: from, until });
      const rows = r.records[0]?.get("rows") as EdgeRow[];
      for (const row of rows) addEdge(b, row);
      edges += rows.length;
      from = until;
      onProgress({ phase: "edges", done: edges });
    }
    return { projection: b.build(), version };
  });
}

function addNode(b: ProjectionBuilder, [id, kind, org, ppd, severity, tol, wCap, wHours, records, sensitivity]: NodeRow): void {
  const i = b.addNode(id, kind as KindCode, org ?? undefined);
  if (kind === KIND.CareService) {
    b.setService(i, {
      patientsPerDay: ppd ?? 0,
      severity: SEVERITIES.indexOf((severity ?? "MINOR") as (typeof SEVERITIES)[number]) + 1,
      toleranceHours: tol ?? undefined,
      workaroundCapacity: wCap ?? undefined,
      workaroundHours: wHours ?? undefined,
    });
  } else if (kind === KIND.DataStore) {
    b.setDataStore(i, records ?? 0, Number((sensitivity ?? "T1").slice(1)));
  }
}

function addEdge(b: ProjectionBuilder, [type, fromId, toId, effect, capacity, group, share]: EdgeRow): void {
  const from = b.index(fromId);
  const to = b.index(toId);
  if (from === undefined || to === undefined) return;
  if (type === 0) {
    b.addDependency({ from, to, fallback: effect === "DEGRADES" ? (capacity ?? 0) : 0, group: group ?? undefined, share: share ?? undefined });
  } else if (type === 1) b.addAccess(from, to);
  else b.addAdministers(from, to);
}
