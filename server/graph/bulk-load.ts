import type { Database } from "./database.js";
import type { InterchangeDocument } from "../model/document.js";
import type { NodeLabel } from "../model/enums.js";
import { dependencyProps, nodeRows, type NodeRow } from "./rows.js";
import { bumpGraphVersion } from "./graph-version.js";

/**
 * Fast loading of generated graphs, known to be valid and new: CREATE instead of MERGE, one
 * transaction per chunk, nodes linked to their organisation in the statement that creates them.
 */
const CREATE_OWNED: Record<NodeLabel, string> = {
  Organisation: "",
  Supplier: "",
  CareService: createOwned("CareService"),
  System: createOwned("System"),
  DataStore: createOwned("DataStore"),
};
function createOwned(label: "CareService" | "System" | "DataStore"): string {
  return `UNWIND $groups AS g MATCH (o:Organisation {id: g.organisation})
          UNWIND g.rows AS props CREATE (n:Node:${label}) SET n = props CREATE (n)-[:OPERATED_BY]->(o)`;
}
const CREATE_UNOWNED = {
  Organisation: "UNWIND $rows AS props CREATE (n:Node:Organisation) SET n = props",
  Supplier: "UNWIND $rows AS props CREATE (n:Node:Supplier) SET n = props",
};
const DEPENDS_ON = `UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to})
  CREATE (a)-[r:DEPENDS_ON]->(b) SET r = row.props`;
const ACCESSES = `UNWIND $rows AS row MATCH (a:System {id: row.from}) MATCH (b:DataStore {id: row.to})
  CREATE (a)-[:ACCESSES]->(b)`;
const ADMINISTERS = `UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:System {id: row.to})
  CREATE (a)-[:ADMINISTERS]->(b)`;

export interface LoadCounts {
  nodes: number;
  relationships: number;
}

/** Writes one chunk whose references all point into it or into earlier chunks. */
export function loadChunk(db: Database, chunk: InterchangeDocument): Promise<LoadCounts> {
  return db.write(async (tx) => {
    let nodes = 0;
    let owned = 0;
    for (const [label, rows] of nodeRows(chunk)) {
      if (!rows.length) continue;
      nodes += rows.length;
      if (label === "Organisation" || label === "Supplier") {
        await tx.run(CREATE_UNOWNED[label], { rows: rows.map((r) => r.props) });
      } else {
        owned += rows.length;
        await tx.run(CREATE_OWNED[label], { groups: byOrganisation(rows) });
      }
    }
    if (chunk.dependencies.length) {
      await tx.run(DEPENDS_ON, { rows: chunk.dependencies.map((d) => ({ from: d.from, to: d.to, props: dependencyProps(d) })) });
    }
    if (chunk.accesses.length) await tx.run(ACCESSES, { rows: chunk.accesses.map((a) => ({ from: a.system, to: a.dataStore })) });
    if (chunk.administers.length) await tx.run(ADMINISTERS, { rows: chunk.administers });
    return { nodes, relationships: owned + chunk.dependencies.length + chunk.accesses.length + chunk.administers.length };
  });
}

function byOrganisation(rows: NodeRow[]): Array<{ organisation: string; rows: NodeRow["props"][] }> {
  const groups = new Map<string, NodeRow["props"][]>();
  for (const r of rows) {
    const org = r.organisation ?? "";
    let list = groups.get(org);
    if (!list) groups.set(org, (list = []));
    list.push(r.props);
  }
  return [...groups].map(([organisation, list]) => ({ organisation, rows: list }));
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
