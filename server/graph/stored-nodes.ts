import { int, type ManagedTransaction } from "neo4j-driver";
import { NODE_LABELS, type NodeLabel } from "../model/enums.js";
import { eachRecord } from "./each-record.js";

/**
 * Nodes of the graph by id, with Neo4j's element id. A large write resolves every id it needs
 * once, before it changes anything, and then finds nodes by element id: an index lookup inside
 * a transaction that has already changed many nodes costs in proportion to those changes, so
 * looking every end up by `id` made a whole-graph write grow with the square of its size.
 */
interface StoredNode {
  eid: string;
  label: NodeLabel;
}
export type StoredNodes = Map<string, StoredNode>;

/** Which nodes a write owns: the whole graph, or those operated by one organisation. */
export type NodeScope = { kind: "graph" } | { kind: "organisation"; id: string };

/** Rows a statement carries: large enough to amortise a round trip, small enough for the heap. */
const BATCH = 10_000;
const PAGE = 1_000;
const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

const labelOf = (labels: readonly string[]): NodeLabel => labels.find((l) => LABELS.has(l)) as NodeLabel;

const SCOPE_QUERY: Record<NodeScope["kind"], string> = {
  graph: "MATCH (n:Node)",
  organisation: "MATCH (:Organisation {id: $organisation})<-[:OPERATED_BY]-(n:Node)",
};

/** Every node in `scope`, read in pages of rows (one record a node costs more than the node). */
async function nodesInScope(tx: ManagedTransaction, scope: NodeScope): Promise<Array<[string, StoredNode]>> {
  const nodes: Array<[string, StoredNode]> = [];
  await eachRecord(
    tx,
    `${SCOPE_QUERY[scope.kind]}
     WITH collect([n.id, elementId(n), labels(n)]) AS rows
     UNWIND range(0, size(rows) - 1, $page) AS i
     RETURN rows[i..i + $page] AS page`,
    { organisation: scope.kind === "organisation" ? scope.id : null, page: int(PAGE) },
    (rec) => {
      for (const [id, eid, labels] of rec.get("page") as Array<[string, string, string[]]>)
        nodes.push([id, { eid, label: labelOf(labels) }]);
    },
  );
  return nodes;
}

/**
 * Deletes, with their relationships, the nodes in `scope` whose ids are not in `keep`, in
 * batches by element id within the caller's transaction, and returns the nodes it kept. The
 * step a whole-graph REPLACE and an organisation's sync share.
 */
export async function deleteUnlisted(tx: ManagedTransaction, keep: ReadonlySet<string>, scope: NodeScope): Promise<StoredNodes> {
  const kept: StoredNodes = new Map();
  const gone: string[] = [];
  for (const [id, node] of await nodesInScope(tx, scope)) {
    if (keep.has(id)) kept.set(id, node);
    else gone.push(node.eid);
  }
  await deleteNodes(tx, gone);
  return kept;
}

/** Deletes nodes by element id, with their relationships, in batches within the caller's transaction. */
export async function deleteNodes(tx: ManagedTransaction, eids: readonly string[]): Promise<void> {
  await inBatches(eids, (batch) => tx.run("UNWIND $eids AS e MATCH (n) WHERE elementId(n) = e DETACH DELETE n", { eids: batch }));
}

/** Fixed text per type (types cannot be parameters); both ends found by element id. */
const DELETE_RELS: Record<"DEPENDS_ON" | "ACCESSES" | "ADMINISTERS", string> = {
  DEPENDS_ON: "UNWIND $rows AS row MATCH (a)-[r:DEPENDS_ON]->(b) WHERE elementId(a) = row.a AND elementId(b) = row.b DELETE r",
  ACCESSES: "UNWIND $rows AS row MATCH (a)-[r:ACCESSES]->(b) WHERE elementId(a) = row.a AND elementId(b) = row.b DELETE r",
  ADMINISTERS: "UNWIND $rows AS row MATCH (a)-[r:ADMINISTERS]->(b) WHERE elementId(a) = row.a AND elementId(b) = row.b DELETE r",
};

/** Deletes the relationships of one type between the given ends (element ids), in batches. */
export async function deleteRelationships(
  tx: ManagedTransaction,
  type: keyof typeof DELETE_RELS,
  ends: ReadonlyArray<{ a: string; b: string }>,
): Promise<void> {
  await inBatches(ends, (batch) => tx.run(DELETE_RELS[type], { rows: batch }));
}

/** How many nodes the graph holds. */
export async function countNodes(tx: ManagedTransaction): Promise<number> {
  return Number((await tx.run("MATCH (n:Node) RETURN count(n) AS n")).records[0]?.get("n") ?? 0);
}

/** Looks up the given ids through the `Node(id)` index; ids the graph lacks are left out. */
export async function findNodes(tx: ManagedTransaction, ids: readonly string[]): Promise<StoredNodes> {
  const found: StoredNodes = new Map();
  await inBatches(ids, async (batch) => {
    await eachRecord(
      tx,
      "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, elementId(n) AS eid, labels(n) AS labels",
      { ids: batch },
      (rec) => found.set(rec.get("id") as string, { eid: rec.get("eid") as string, label: labelOf(rec.get("labels") as string[]) }),
    );
  });
  return found;
}

export async function inBatches<T>(rows: readonly T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}
