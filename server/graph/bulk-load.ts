import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "./database.js";
import type { InterchangeDocument } from "../model/document.js";
import type { NodeLabel } from "../model/enums.js";
import { dependencyProps, nodeRows } from "./rows.js";
import { bumpGraphVersion } from "./graph-version.js";

/**
 * Fast loading of generated graphs, known to be valid and new: CREATE instead of MERGE, in two
 * passes (every node, then every relationship) so that chunks of a pass are independent and
 * several transactions can run at once. Lookups go through the one Node(id) index.
 */
const CREATE_NODES: Record<NodeLabel, string> = {
  Organisation: "UNWIND $rows AS props CREATE (n:Node:Organisation) SET n = props",
  Supplier: "UNWIND $rows AS props CREATE (n:Node:Supplier) SET n = props",
  CareService: "UNWIND $rows AS props CREATE (n:Node:CareService) SET n = props",
  System: "UNWIND $rows AS props CREATE (n:Node:System) SET n = props",
  DataStore: "UNWIND $rows AS props CREATE (n:Node:DataStore) SET n = props",
};
const RELATIONSHIPS = {
  OPERATED_BY: "UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) CREATE (a)-[:OPERATED_BY]->(b)",
  DEPENDS_ON:
    "UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) CREATE (a)-[r:DEPENDS_ON]->(b) SET r = row.props",
  ACCESSES: "UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) CREATE (a)-[:ACCESSES]->(b)",
  ADMINISTERS: "UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) CREATE (a)-[:ADMINISTERS]->(b)",
} as const;

/** Creates the nodes of a chunk; returns how many. */
export function loadNodes(db: Database, chunk: InterchangeDocument): Promise<number> {
  return db.write(async (tx) => {
    let n = 0;
    for (const [label, rows] of nodeRows(chunk)) {
      if (!rows.length) continue;
      await tx.run(CREATE_NODES[label], { rows: rows.map((r) => r.props) });
      n += rows.length;
    }
    return n;
  });
}

/** Creates the relationships of a chunk, OPERATED_BY included; every node must already exist. */
export function loadRelationships(db: Database, chunk: InterchangeDocument): Promise<number> {
  const operated = nodeRows(chunk).flatMap(([, rows]) => rows.flatMap((r) => (r.organisation ? [{ from: r.id, to: r.organisation }] : [])));
  const batches: Array<[keyof typeof RELATIONSHIPS, object[]]> = [
    ["OPERATED_BY", operated],
    ["DEPENDS_ON", chunk.dependencies.map((d) => ({ from: d.from, to: d.to, props: dependencyProps(d) }))],
    ["ACCESSES", chunk.accesses.map((a) => ({ from: a.system, to: a.dataStore }))],
    ["ADMINISTERS", chunk.administers],
  ];
  return db.write(async (tx) => {
    let n = 0;
    for (const [type, rows] of batches) {
      if (!rows.length) continue;
      await tx.run(RELATIONSHIPS[type], { rows });
      n += rows.length;
    }
    return n;
  });
}

/** Empties the dependency graph in batches of separate transactions: fit for millions of nodes. */
export async function clearGraphInBatches(db: Database, onProgress: (deleted: number) => void = () => {}): Promise<void> {
  let total = 0;
  for (;;) {
    const deleted = await db.write(async (tx) => {
      const r = await tx.run("MATCH (n:Node) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c");
      return r.records[0]?.get("c") as number;
    });
    if (deleted === 0) break;
    total += deleted;
    onProgress(total);
  }
  await db.write((tx) => bumpGraphVersion(tx));
}

export function markGraphChanged(db: Database): Promise<number> {
  return db.write((tx) => bumpGraphVersion(tx));
}

export interface GeneratedMark {
  scale: string;
  seed: number;
  /** The generator's version: a stored estate made by another is generated again. */
  generator: number;
  nodes: number;
  relationships: number;
}

/** Notes which generated estate the graph holds, so a benchmark can reuse it instead of reloading. */
export function recordGenerated(db: Database, mark: GeneratedMark | null): Promise<unknown> {
  return db.write((tx) =>
    mark ? tx.run("MERGE (m:Meta {key: 'generated'}) SET m += $mark, m.at = toString(datetime())", { mark }) : forgetGenerated(tx),
  );
}

/** The graph is no longer the generated estate (a REPLACE swapped it). */
export function forgetGenerated(tx: ManagedTransaction): Promise<unknown> {
  return tx.run("MATCH (m:Meta {key: 'generated'}) DELETE m");
}

export function readGenerated(db: Database): Promise<GeneratedMark | null> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (m:Meta {key: 'generated'}) RETURN m {.scale, .seed, .generator, .nodes, .relationships} AS m");
    return (r.records[0]?.get("m") as GeneratedMark | undefined) ?? null;
  });
}
