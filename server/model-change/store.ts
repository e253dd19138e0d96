import type { ManagedTransaction } from "neo4j-driver";
import type { NodeLabel } from "../model/enums.js";
import { toNodeRecord } from "../graph/nodes.js";
import { fromProps, type Props } from "../graph/rows.js";
import type { NodeEntry, RelType } from "./change-set.js";

/** The Cypher of model edits: what the graph holds of the entries, relationships, referrers and organisations a change names. */

export interface ExistingNode {
  label: NodeLabel;
  entry: NodeEntry;
}
export interface ExistingRel {
  type: RelType;
  from: string;
  to: string;
  props: Props;
}

/** The nodes among `ids` the graph holds, as document entries. */
export async function readNodes(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, ExistingNode>> {
  const r = await tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN labels(n) AS labels, properties(n) AS p", { ids: [...ids] });
  const out = new Map<string, ExistingNode>();
  for (const rec of r.records) {
    const n = toNodeRecord(rec.get("labels") as string[], rec.get("p") as Props);
    out.set(String(n.props.id), { label: n.label, entry: fromProps[n.label](n.props) });
  }
  return out;
}

/** Fixed text per type: relationship types cannot be parameters. */
const PAIRS: Record<RelType, string> = {
  DEPENDS_ON:
    "UNWIND $pairs AS p MATCH (a:Node {id: p.from})-[r:DEPENDS_ON]->(b:Node {id: p.to}) RETURN a.id AS from, b.id AS to, properties(r) AS props",
  ACCESSES:
    "UNWIND $pairs AS p MATCH (a:Node {id: p.from})-[r:ACCESSES]->(b:Node {id: p.to}) RETURN a.id AS from, b.id AS to, properties(r) AS props",
  ADMINISTERS:
    "UNWIND $pairs AS p MATCH (a:Node {id: p.from})-[r:ADMINISTERS]->(b:Node {id: p.to}) RETURN a.id AS from, b.id AS to, properties(r) AS props",
};

/** Which of the `pairs` of `type` exist, with their properties. */
export async function readRelationships(
  tx: ManagedTransaction,
  type: RelType,
  pairs: ReadonlyArray<{ from: string; to: string }>,
): Promise<ExistingRel[]> {
  if (!pairs.length) return [];
  const r = await tx.run(PAIRS[type], { pairs: pairs.map((p) => ({ from: p.from, to: p.to })) });
  return r.records.map((rec) => ({ type, from: rec.get("from") as string, to: rec.get("to") as string, props: rec.get("props") as Props }));
}

export interface Referrers {
  relationships: ExistingRel[];
  /** Nodes operated by a removed organisation: (node, organisation). */
  operated: Array<{ id: string; organisation: string }>;
  /** Systems that name a removed supplier as theirs. */
  supplied: Array<{ id: string; supplier: string }>;
}

/** Everything that refers to the nodes `ids`: their relationships, the nodes they operate, the systems they supply. */
export async function readReferrers(tx: ManagedTransaction, ids: readonly string[]): Promise<Referrers> {
  if (!ids.length) return { relationships: [], operated: [], supplied: [] };
  const rels = await tx.run(
    `UNWIND $ids AS id MATCH (n:Node {id: id})-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]-(:Node)
     WITH DISTINCT r
     RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props`,
    { ids: [...ids] },
  );
  const operated = await tx.run(
    "UNWIND $ids AS id MATCH (o:Organisation {id: id})<-[:OPERATED_BY]-(n:Node) RETURN n.id AS id, o.id AS org",
    {
      ids: [...ids],
    },
  );
  const supplied = await tx.run("MATCH (s:System) WHERE s.supplier IN $ids RETURN s.id AS id, s.supplier AS supplier", { ids: [...ids] });
  return {
    relationships: rels.records.map((r) => ({
      type: r.get("type") as RelType,
      from: r.get("from") as string,
      to: r.get("to") as string,
      props: r.get("props") as Props,
    })),
    operated: operated.records.map((r) => ({ id: r.get("id") as string, organisation: r.get("org") as string })),
    supplied: supplied.records.map((r) => ({ id: r.get("id") as string, supplier: r.get("supplier") as string })),
  };
}

export interface OrganisationPart {
  nodes: Array<{ id: string; label: NodeLabel }>;
  relationships: Array<{ type: RelType; from: string; to: string }>;
}

/**
 * What an organisation maintains: the nodes it operates, their dependencies and accesses, and
 * the administration of its systems (whoever administers them).
 */
export async function readOrganisationPart(tx: ManagedTransaction, org: string): Promise<OrganisationPart> {
  const nodes = await tx.run(
    "MATCH (:Organisation {id: $org})<-[:OPERATED_BY]-(n:Node) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p",
    { org },
  );
  const rels = await tx.run(
    `MATCH (:Organisation {id: $org})<-[:OPERATED_BY]-(n:Node)-[r:DEPENDS_ON|ACCESSES]->(m:Node) RETURN type(r) AS type, n.id AS from, m.id AS to
     UNION ALL
     MATCH (:Organisation {id: $org})<-[:OPERATED_BY]-(n:System)<-[r:ADMINISTERS]-(m:Node) RETURN type(r) AS type, m.id AS from, n.id AS to`,
    { org },
  );
  return {
    nodes: nodes.records.map((r) => ({
      id: r.get("id") as string,
      label: toNodeRecord(r.get("labels") as string[], r.get("p") as Props).label,
    })),
    relationships: rels.records.map((r) => ({ type: r.get("type") as RelType, from: r.get("from") as string, to: r.get("to") as string })),
  };
}
