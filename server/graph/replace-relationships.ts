import { int, type ManagedTransaction } from "neo4j-driver";
import type { InterchangeDocument } from "../model/document.js";
import type { Props } from "./rows.js";
import { inBatches, type StoredNodes } from "./stored-nodes.js";
import { relationshipRows, type RelationshipType } from "./write-document.js";

/** Relationship rows read a page at a time: one record a relationship costs more than the relationship. */
const PAGE = 1_000;

/** Fixed statements per type: types cannot be parameters. */
const CREATE: Record<RelationshipType, string> = {
  OPERATED_BY: "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:OPERATED_BY]->(b)",
  DEPENDS_ON: "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[r:DEPENDS_ON]->(b) SET r = row.props",
  ACCESSES: "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:ACCESSES]->(b)",
  ADMINISTERS: "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:ADMINISTERS]->(b)",
};
const SET_PROPS = "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.rid SET r = row.props";
const DELETE = "UNWIND $rids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r";

interface StoredRelationship {
  rid: string;
  props: string;
}

const keyOf = (type: string, a: string, b: string): string => `${type} ${a} ${b}`;
/** Properties compared whatever their order. */
const propsKey = (props: Props | undefined): string => JSON.stringify(Object.entries(props ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));

/**
 * Makes the relationships from the nodes the graph held before a REPLACE exactly those the
 * document lists, changing only what differs: a relationship the graph already holds with the
 * same ends and properties is left alone, one whose properties changed is updated, the rest
 * are created or deleted. Re-importing a mostly unchanged estate then writes little, and the
 * transaction holds only the differences. Returns how many relationships the document lists.
 */
export async function replaceRelationships(tx: ManagedTransaction, doc: InterchangeDocument, stored: StoredNodes, before: StoredNodes): Promise<number> {
  const { held, repeated } = await storedRelationships(tx, [...before.values()].map((n) => n.eid));
  const listed = relationshipRows(doc, stored);
  const updates: Array<{ rid: string; props: Props }> = [];
  for (const [type, rows] of listed) {
    const creates = [];
    for (const row of rows) {
      const key = keyOf(type, row.a, row.b);
      const same = held.get(key);
      if (same === undefined) {
        creates.push(row);
        held.set(key, null);
      } else if (same !== null) {
        if (same.props !== propsKey(row.props)) updates.push({ rid: same.rid, props: row.props ?? {} });
        held.set(key, null);
      }
    }
    await inBatches(creates, (batch) => tx.run(CREATE[type], { rows: batch }));
  }
  await inBatches(updates, (batch) => tx.run(SET_PROPS, { rows: batch }));
  const unlisted = [...repeated, ...[...held.values()].flatMap((r) => (r ? [r.rid] : []))];
  await inBatches(unlisted, (rids) => tx.run(DELETE, { rids }));
  return listed.reduce((n, [, rows]) => n + rows.length, 0);
}

/**
 * The model's relationships from the given nodes, by type and ends (the caller sets a key it
 * has matched to null), and any second relationship of the same type and ends, which goes.
 */
async function storedRelationships(tx: ManagedTransaction, eids: readonly string[]): Promise<{ held: Map<string, StoredRelationship | null>; repeated: string[] }> {
  const held = new Map<string, StoredRelationship | null>();
  const repeated: string[] = [];
  await inBatches(eids, async (batch) => {
    const r = await tx.run(
      `UNWIND $eids AS e
       MATCH (n)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS|OPERATED_BY]->(m) WHERE elementId(n) = e
       WITH collect([elementId(r), type(r), e, elementId(m), properties(r)]) AS rows
       UNWIND range(0, size(rows) - 1, $page) AS i
       RETURN rows[i..i + $page] AS page`,
      { eids: batch, page: int(PAGE) },
    );
    for (const rec of r.records) {
      for (const [rid, type, a, b, props] of rec.get("page") as Array<[string, string, string, string, Props]>) {
        const key = keyOf(type, a, b);
        if (held.has(key)) repeated.push(rid);
        else held.set(key, { rid, props: propsKey(props) });
      }
    }
  });
  return { held, repeated };
}
