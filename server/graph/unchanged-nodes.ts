import { int, type ManagedTransaction } from "neo4j-driver";
import type { InterchangeDocument } from "../model/document.js";
import { eachRecord } from "./each-record.js";
import { nodeRows, propsKey, type Props } from "./rows.js";
import { inBatches, type StoredNodes } from "./stored-nodes.js";

const PAGE = 1_000;

/**
 * The document without the nodes the graph already holds with the same label and properties,
 * so that a REPLACE writes only the nodes that changed (a re-import of a mostly unchanged
 * estate then adds little to its transaction). Stored properties are read a batch at a time.
 */
export async function withoutUnchangedNodes(
  tx: ManagedTransaction,
  doc: InterchangeDocument,
  stored: StoredNodes,
): Promise<InterchangeDocument> {
  const same = new Set<string>();
  for (const [label, rows] of nodeRows(doc)) {
    const held = rows.filter((r) => stored.get(r.id)?.label === label);
    const wanted = new Map(held.map((r) => [stored.get(r.id)!.eid, r]));
    await inBatches([...wanted.keys()], async (eids) => {
      await eachRecord(
        tx,
        `UNWIND $eids AS e MATCH (n) WHERE elementId(n) = e
         WITH collect([e, properties(n)]) AS rows
         UNWIND range(0, size(rows) - 1, $page) AS i
         RETURN rows[i..i + $page] AS page`,
        { eids, page: int(PAGE) },
        (rec) => {
          for (const [eid, props] of rec.get("page") as Array<[string, Props]>) {
            const row = wanted.get(eid)!;
            if (propsKey(props) === propsKey(row.props)) same.add(row.id);
          }
        },
      );
    });
  }
  const keep = <T extends { id: string }>(list: readonly T[]): T[] => list.filter((e) => !same.has(e.id));
  return {
    ...doc,
    organisations: keep(doc.organisations),
    suppliers: keep(doc.suppliers),
    careServices: keep(doc.careServices),
    systems: keep(doc.systems),
    dataStores: keep(doc.dataStores),
  };
}
