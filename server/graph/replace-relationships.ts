import { int, type ManagedTransaction } from "neo4j-driver";
import type { InterchangeDocument } from "../model/document.js";
import { eachRecord } from "./each-record.js";
import { propsKey, type Props } from "./rows.js";
import { inBatches, type StoredNodes } from "./stored-nodes.js";
import { relationshipRows, type LinkRow, type RelationshipType } from "./write-document.js";

/** Relationship rows read a page at a time: one record a relationship costs more than the relationship. */
const PAGE = 1_000;

/** Fixed statements per type: types cannot be parameters. */
const CREATE: Record<RelationshipType, string> = {
  OPERATED_BY:
    "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:OPERATED_BY]->(b)",
  DEPENDS_ON:
    "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[r:DEPENDS_ON]->(b) SET r = row.props",
  ACCESSES: "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:ACCESSES]->(b)",
  ADMINISTERS:
    "UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[:ADMINISTERS]->(b)",
};
const SET_PROPS = "UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.rid SET r = row.props";
const DELETE = "UNWIND $rids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r";

interface StoredRelationship {
  rid: string;
  props: string;
}

const keyOf = (type: string, a: string, b: string): string => `${type} ${a} ${b}`;

/**
 * Makes the relationships from the nodes the graph held before a REPLACE exactly those the
 * document lists, changing only what differs: a relationship the graph already holds with the
 * same ends and properties is left alone, one whose properties changed is updated, the rest
 * are created or deleted. Re-importing a mostly unchanged estate then writes little, and the
 * transaction holds only the differences. The graph's relationships are read and compared a
 * batch of start nodes at a time, so memory stays bounded whatever the graph's size. Returns
 * how many relationships the document lists.
 */
export async function replaceRelationships(
  tx: ManagedTransaction,
  doc: InterchangeDocument,
  stored: StoredNodes,
  before: StoredNodes,
): Promise<number> {
  const listed = relationshipRows(doc, stored);
  const byStart = new Map<string, Array<[RelationshipType, LinkRow]>>();
  for (const [type, rows] of listed) {
    for (const row of rows) {
      const from = byStart.get(row.a);
      if (from) from.push([type, row]);
      else byStart.set(row.a, [[type, row]]);
    }
  }
  await inBatches(
    [...before.values()].map((n) => n.eid),
    async (starts) => {
      const { held, repeated } = await storedRelationships(tx, starts);
      const changes = new Changes();
      for (const a of starts) {
        for (const [type, row] of byStart.get(a) ?? []) {
          const key = keyOf(type, row.a, row.b);
          const same = held.get(key);
          if (same === undefined) changes.create(type, row);
          else if (same !== null && same.props !== propsKey(row.props)) changes.updates.push({ rid: same.rid, props: row.props ?? {} });
          held.set(key, null);
        }
        byStart.delete(a);
      }
      // Pushed one by one: a batch of start nodes can hold more relationships than a call takes arguments.
      for (const rid of repeated) changes.deletes.push(rid);
      for (const r of held.values()) if (r) changes.deletes.push(r.rid);
      await changes.write(tx);
    },
  );
  // What is left starts at nodes the graph did not hold before: all of it is new.
  const changes = new Changes();
  const seen = new Set<string>();
  for (const from of byStart.values()) {
    for (const [type, row] of from) {
      const key = keyOf(type, row.a, row.b);
      if (!seen.has(key)) changes.create(type, row);
      seen.add(key);
    }
  }
  await changes.write(tx);
  return listed.reduce((n, [, rows]) => n + rows.length, 0);
}

/** The writes one comparison found, run deletes first. */
class Changes {
  readonly deletes: string[] = [];
  readonly updates: Array<{ rid: string; props: Props }> = [];
  private readonly creates = new Map<RelationshipType, LinkRow[]>();

  create(type: RelationshipType, row: LinkRow): void {
    const rows = this.creates.get(type);
    if (rows) rows.push(row);
    else this.creates.set(type, [row]);
  }

  async write(tx: ManagedTransaction): Promise<void> {
    await inBatches(this.deletes, (rids) => tx.run(DELETE, { rids }));
    await inBatches(this.updates, (rows) => tx.run(SET_PROPS, { rows }));
    for (const [type, rows] of this.creates) await inBatches(rows, (batch) => tx.run(CREATE[type], { rows: batch }));
  }
}

/**
 * The model's relationships from the given nodes, by type and ends (the caller sets a key it
 * has matched to null), and any second relationship of the same type and ends, which goes.
 */
async function storedRelationships(
  tx: ManagedTransaction,
  eids: readonly string[],
): Promise<{ held: Map<string, StoredRelationship | null>; repeated: string[] }> {
  const held = new Map<string, StoredRelationship | null>();
  const repeated: string[] = [];
  await inBatches(eids, async (batch) => {
    await eachRecord(
      tx,
      `UNWIND $eids AS e
       MATCH (n)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS|OPERATED_BY]->(m) WHERE elementId(n) = e
       WITH collect([elementId(r), type(r), e, elementId(m), properties(r)]) AS rows
       UNWIND range(0, size(rows) - 1, $page) AS i
       RETURN rows[i..i + $page] AS page`,
      { eids: batch, page: int(PAGE) },
      (rec) => {
        for (const [rid, type, a, b, props] of rec.get("page") as Array<[string, string, string, string, Props]>) {
          const key = keyOf(type, a, b);
          if (held.has(key)) repeated.push(rid);
          else held.set(key, { rid, props: propsKey(props) });
        }
      },
    );
  });
  return { held, repeated };
}
