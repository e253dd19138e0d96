import { int } from "neo4j-driver";
import type { NodeLabel } from "../model/enums.js";
import { NODE_LABELS } from "../model/enums.js";
import type { Database } from "./database.js";
import type { Props } from "./rows.js";

/** A node as read from the graph: its domain label and its stored properties. */
export interface NodeRecord {
  label: NodeLabel;
  props: Props;
}

export type Direction = "OUTGOING" | "INCOMING" | "BOTH";
export type RelationshipType = "DEPENDS_ON" | "ACCESSES" | "ADMINISTERS" | "OPERATED_BY";

export interface NeighbourRecord {
  relationship: RelationshipType;
  direction: "OUTGOING" | "INCOMING";
  node: NodeRecord;
  props: Props;
}

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

export function toNodeRecord(labels: string[], props: Props): NodeRecord {
  const label = labels.find((l) => LABELS.has(l)) as NodeLabel | undefined;
  if (!label) throw new Error(`node ${String(props.id)} has no domain label`);
  return { label, props };
}

export function getNode(db: Database, id: string): Promise<NodeRecord | null> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (n:Node {id: $id}) RETURN labels(n) AS labels, properties(n) AS p", { id });
    const rec = r.records[0];
    return rec ? toNodeRecord(rec.get("labels") as string[], rec.get("p") as Props) : null;
  });
}

export function getNodes(db: Database, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  return db.read(async (tx) => {
    const r = await tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN labels(n) AS labels, properties(n) AS p", {
      ids: [...ids],
    });
    const out = new Map<string, NodeRecord>();
    for (const rec of r.records) {
      const node = toNodeRecord(rec.get("labels") as string[], rec.get("p") as Props);
      out.set(String(node.props.id), node);
    }
    return out;
  });
}

const NEIGHBOURS: Record<Direction, string> = {
  OUTGOING:
    "MATCH (n:Node {id: $id})-[r]->(m:Node) RETURN type(r) AS t, 'OUTGOING' AS d, labels(m) AS labels, properties(m) AS p, properties(r) AS rp ORDER BY t, m.id LIMIT $limit",
  INCOMING:
    "MATCH (n:Node {id: $id})<-[r]-(m:Node) RETURN type(r) AS t, 'INCOMING' AS d, labels(m) AS labels, properties(m) AS p, properties(r) AS rp ORDER BY t, m.id LIMIT $limit",
  BOTH: `MATCH (n:Node {id: $id})-[r]-(m:Node)
         RETURN type(r) AS t, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d,
                labels(m) AS labels, properties(m) AS p, properties(r) AS rp ORDER BY d DESC, t, m.id LIMIT $limit`,
};

/** A node's relationships in both directions (or one), with the node at the other end. */
export function getNeighbours(db: Database, id: string, direction: Direction, limit: number): Promise<NeighbourRecord[]> {
  return db.read(async (tx) => {
    const r = await tx.run(NEIGHBOURS[direction], { id, limit: int(limit) });
    return r.records.map((rec) => ({
      relationship: rec.get("t") as RelationshipType,
      direction: rec.get("d") as "OUTGOING" | "INCOMING",
      node: toNodeRecord(rec.get("labels") as string[], rec.get("p") as Props),
      props: rec.get("rp") as Props,
    }));
  });
}

export interface GraphSummary {
  version: number;
  counts: Array<{ label: NodeLabel; count: number }>;
  relationships: number;
}

export function getSummary(db: Database): Promise<GraphSummary> {
  return db.read(async (tx) => {
    const counts: GraphSummary["counts"] = [];
    for (const label of NODE_LABELS) {
      // Counting by a fixed label uses the count store: constant time at any scale.
      const r = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      counts.push({ label, count: r.records[0]?.get("c") as number });
    }
    const rels = await tx.run("MATCH ()-[r]->() RETURN count(r) AS c");
    const v = await tx.run("OPTIONAL MATCH (m:Meta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v");
    return { version: v.records[0]?.get("v") as number, counts, relationships: rels.records[0]?.get("c") as number };
  });
}

/**
 * Search: the node with exactly this id, then those whose id starts with the text, then every
 * node whose name, or whose id, has a word starting with each word of the text, whatever the
 * case (the full-text index), best first.
 */
export function searchNodes(db: Database, text: string, limit: number): Promise<NodeRecord[]> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 10);
  // Words are letters and digits only, so none is Lucene syntax; each matches as a prefix.
  const all = words.map((w) => `${w}*`).join(" AND ");
  const query = words.length ? `name:(${all}) OR id:(${all})` : null;
  return db.read(async (tx) => {
    const r = await tx.run(
      `CALL {
         MATCH (n:Node {id: $text}) RETURN n, 3.0e9 AS score
         UNION
         MATCH (n:Node) WHERE n.id STARTS WITH $text RETURN n, 2.0e9 - size(n.id) AS score
         UNION
         CALL db.index.fulltext.queryNodes('node_search', coalesce($query, 'a') , {limit: $limit}) YIELD node, score
         WHERE $query IS NOT NULL
         RETURN node AS n, score
       }
       WITH n, max(score) AS score
       RETURN labels(n) AS labels, properties(n) AS p ORDER BY score DESC, size(n.name), n.name LIMIT $limit`,
      { text, query, limit: int(limit) },
    );
    return r.records.map((rec) => toNodeRecord(rec.get("labels") as string[], rec.get("p") as Props));
  });
}
