import type { ManagedTransaction } from "neo4j-driver";
import type { InterchangeDocument } from "../model/document.js";
import type { NodeLabel } from "../model/enums.js";
import { dependencyProps, nodeRows, type Props } from "./rows.js";
import { inBatches, type StoredNodes } from "./stored-nodes.js";

/** Fixed statements per label: labels cannot be parameters, so they come from these allow-lists. */
const CREATE_NODES: Record<NodeLabel, string> = {
  Organisation: "UNWIND $rows AS row CREATE (n:Node:Organisation) SET n = row.props RETURN row.id AS id, elementId(n) AS eid",
  Supplier: "UNWIND $rows AS row CREATE (n:Node:Supplier) SET n = row.props RETURN row.id AS id, elementId(n) AS eid",
  CareService: "UNWIND $rows AS row CREATE (n:Node:CareService) SET n = row.props RETURN row.id AS id, elementId(n) AS eid",
  System: "UNWIND $rows AS row CREATE (n:Node:System) SET n = row.props RETURN row.id AS id, elementId(n) AS eid",
  DataStore: "UNWIND $rows AS row CREATE (n:Node:DataStore) SET n = row.props RETURN row.id AS id, elementId(n) AS eid",
};
const BY_EID = "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.eid";
const UPDATE_NODES = `${BY_EID} SET n = row.props`;
const RELABEL = `${BY_EID} REMOVE n:Organisation:Supplier:CareService:System:DataStore`;
const RELABEL_NODES: Record<NodeLabel, string> = {
  Organisation: `${RELABEL} SET n:Organisation, n = row.props`,
  Supplier: `${RELABEL} SET n:Supplier, n = row.props`,
  CareService: `${RELABEL} SET n:CareService, n = row.props`,
  System: `${RELABEL} SET n:System, n = row.props`,
  DataStore: `${RELABEL} SET n:DataStore, n = row.props`,
};

const ENDS = "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b";
const OPERATED_BY = `UNWIND $rows AS row
  MATCH (a) WHERE elementId(a) = row.a
  OPTIONAL MATCH (a)-[old:OPERATED_BY]->()
  DELETE old
  WITH DISTINCT a, row
  MATCH (b) WHERE elementId(b) = row.b
  CREATE (a)-[:OPERATED_BY]->(b)`;
const DEPENDS_ON = `${ENDS} MERGE (a)-[r:DEPENDS_ON]->(b) SET r = row.props`;
const ACCESSES = `${ENDS} MERGE (a)-[:ACCESSES]->(b)`;
const ADMINISTERS = `${ENDS} MERGE (a)-[:ADMINISTERS]->(b)`;

/**
 * Writes a validated document's nodes within the caller's transaction. `stored` holds every
 * node of the graph the document names or refers to (see stored-nodes.ts). New nodes are
 * created first, while the transaction has changed little: each creation checks the id's
 * uniqueness, and that check costs more the more the transaction has already changed.
 * Created nodes are added to `stored`.
 */
export async function writeNodes(tx: ManagedTransaction, doc: InterchangeDocument, stored: StoredNodes): Promise<number> {
  const rows = nodeRows(doc);
  const known = rows.map(([label, list]) => [label, list.filter((r) => stored.has(r.id))] as const);
  for (const [label, list] of rows) {
    const created = list.filter((r) => !stored.has(r.id)).map((r) => ({ id: r.id, props: r.props }));
    await inBatches(created, async (batch) => {
      const r = await tx.run(CREATE_NODES[label], { rows: batch });
      for (const rec of r.records) stored.set(rec.get("id") as string, { eid: rec.get("eid") as string, label });
    });
  }
  for (const [label, list] of known) {
    const same: object[] = [];
    const relabelled: object[] = [];
    for (const r of list) {
      const node = stored.get(r.id)!;
      (node.label === label ? same : relabelled).push({ eid: node.eid, props: r.props });
      node.label = label;
    }
    await inBatches(same, (batch) => tx.run(UPDATE_NODES, { rows: batch }));
    await inBatches(relabelled, (batch) => tx.run(RELABEL_NODES[label], { rows: batch }));
  }
  return rows.reduce((n, [, list]) => n + list.length, 0);
}

export type RelationshipType = "OPERATED_BY" | "DEPENDS_ON" | "ACCESSES" | "ADMINISTERS";

/** One relationship to write, its ends by element id. */
export interface LinkRow {
  a: string;
  b: string;
  props?: Props;
}

/** A validated document's relationships by type, every end found in `stored` by element id. */
export function relationshipRows(doc: InterchangeDocument, stored: StoredNodes): Array<[RelationshipType, LinkRow[]]> {
  const eid = (id: string): string => {
    const node = stored.get(id);
    if (!node) throw new Error(`The graph has no node '${id}' although the document was checked against it.`);
    return node.eid;
  };
  const link = <T>(rows: readonly T[], from: (r: T) => string, to: (r: T) => string, props?: (r: T) => Props): LinkRow[] =>
    rows.map((r) => ({ a: eid(from(r)), b: eid(to(r)), ...(props ? { props: props(r) } : {}) }));
  const owned = nodeRows(doc).flatMap(([, rows]) => rows.filter((r) => r.organisation !== null));
  return [
    [
      "OPERATED_BY",
      link(
        owned,
        (r) => r.id,
        (r) => r.organisation!,
      ),
    ],
    [
      "DEPENDS_ON",
      link(
        doc.dependencies,
        (d) => d.from,
        (d) => d.to,
        dependencyProps,
      ),
    ],
    [
      "ACCESSES",
      link(
        doc.accesses,
        (a) => a.system,
        (a) => a.dataStore,
      ),
    ],
    [
      "ADMINISTERS",
      link(
        doc.administers,
        (a) => a.from,
        (a) => a.to,
      ),
    ],
  ];
}

const UPSERT: Record<RelationshipType, string> = { OPERATED_BY, DEPENDS_ON, ACCESSES, ADMINISTERS };

/** Writes a validated document's relationships over what the graph holds (merged by their ends). */
export async function writeRelationships(tx: ManagedTransaction, doc: InterchangeDocument, stored: StoredNodes): Promise<number> {
  const rows = relationshipRows(doc, stored);
  for (const [type, list] of rows) await inBatches(list, (batch) => tx.run(UPSERT[type], { rows: batch }));
  return rows.reduce((n, [, list]) => n + list.length, 0);
}
