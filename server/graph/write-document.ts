import { int } from "neo4j-driver";
import type { ManagedTransaction } from "neo4j-driver";
import type { InterchangeDocument } from "../model/document.js";
import type { NodeLabel } from "../model/enums.js";
import { dependencyProps, nodeRows, type NodeRow } from "./rows.js";

export const BATCH = 10_000;

/** One fixed statement per label: labels cannot be parameters, so they come from this allow-list. */
const UPSERT_NODES: Record<NodeLabel, string> = {
  Organisation: "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n:Organisation, n = row.props",
  Supplier: "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n:Supplier, n = row.props",
  CareService: "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n:CareService, n = row.props",
  System: "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n:System, n = row.props",
  DataStore: "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n:DataStore, n = row.props",
};

const OPERATED_BY = `UNWIND $rows AS row
  MATCH (n:Node {id: row.id})
  OPTIONAL MATCH (n)-[old:OPERATED_BY]->()
  DELETE old
  WITH DISTINCT n, row
  MATCH (o:Organisation {id: row.organisation})
  CREATE (n)-[:OPERATED_BY]->(o)`;

const DEPENDS_ON = `UNWIND $rows AS row
  MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
  MERGE (a)-[r:DEPENDS_ON]->(b) SET r = row.props`;
const ACCESSES = `UNWIND $rows AS row
  MATCH (a:System {id: row.from}), (b:DataStore {id: row.to})
  MERGE (a)-[:ACCESSES]->(b)`;
const ADMINISTERS = `UNWIND $rows AS row
  MATCH (a:Node {id: row.from}), (b:System {id: row.to})
  MERGE (a)-[:ADMINISTERS]->(b)`;

export interface WriteCounts {
  nodes: number;
  relationships: number;
}

/** Upserts a validated document in batches within the caller's transaction. */
export async function writeDocument(tx: ManagedTransaction, doc: InterchangeDocument): Promise<WriteCounts> {
  let nodes = 0;
  const owned: NodeRow[] = [];
  for (const [label, rows] of nodeRows(doc)) {
    await inBatches(rows, (batch) => tx.run(UPSERT_NODES[label], { rows: batch }));
    nodes += rows.length;
    for (const r of rows) if (r.organisation !== null) owned.push(r);
  }
  await inBatches(owned, (batch) => tx.run(OPERATED_BY, { rows: batch }));
  const deps = doc.dependencies.map((d) => ({ from: d.from, to: d.to, props: dependencyProps(d) }));
  await inBatches(deps, (batch) => tx.run(DEPENDS_ON, { rows: batch }));
  const acc = doc.accesses.map((a) => ({ from: a.system, to: a.dataStore }));
  await inBatches(acc, (batch) => tx.run(ACCESSES, { rows: batch }));
  await inBatches(doc.administers, (batch) => tx.run(ADMINISTERS, { rows: batch }));
  return { nodes, relationships: owned.length + deps.length + acc.length + doc.administers.length };
}

/** Removes the whole dependency graph (not tokens, audit or register data) in bounded steps. */
export async function clearGraph(tx: ManagedTransaction): Promise<void> {
  for (;;) {
    const r = await tx.run("MATCH (n:Node) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c", { limit: int(BATCH) });
    if ((r.records[0]?.get("c") as number) === 0) return;
  }
}

async function inBatches<T>(rows: readonly T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}
