import { emptyDocument, type InterchangeDocument } from "../model/document.js";
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { Database } from "./database.js";
import { dependencyFromProps, fromProps, type Props } from "./rows.js";

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byPair =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The whole graph as an interchange document, sorted by id so that exports compare. */
export function exportGraph(db: Database): Promise<InterchangeDocument> {
  return db.read(exportDocument);
}

/** The same, inside the caller's read transaction. */
export async function exportDocument(tx: ManagedTransaction): Promise<InterchangeDocument> {
  const nodes = await tx.run("MATCH (n:Node) RETURN labels(n) AS labels, properties(n) AS p");
  const rels = await tx.run(
    `MATCH (a:Node)-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]->(b:Node)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p`,
  );
  return documentOf(nodes.records, rels.records);
}

/** The nodes of `ids` as stored, with the relationships that leave them, as an interchange document. */
export async function exportPart(tx: ManagedTransaction, ids: readonly string[]): Promise<InterchangeDocument> {
  const nodes = await tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN labels(n) AS labels, properties(n) AS p", { ids: [...ids] });
  const rels = await tx.run(
    `UNWIND $ids AS id MATCH (a:Node {id: id})-[r:DEPENDS_ON|ACCESSES|ADMINISTERS]->(b:Node)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS p`,
    { ids: [...ids] },
  );
  return documentOf(nodes.records, rels.records);
}

function documentOf(nodes: readonly Neo4jRecord[], rels: readonly Neo4jRecord[]): InterchangeDocument {
  const doc = emptyDocument();
  for (const r of nodes) {
    const labels = r.get("labels") as string[];
    const p = r.get("p") as Props;
    if (labels.includes("Organisation")) doc.organisations.push(fromProps.Organisation(p));
    else if (labels.includes("CareService")) doc.careServices.push(fromProps.CareService(p));
    else if (labels.includes("System")) doc.systems.push(fromProps.System(p));
    else if (labels.includes("DataStore")) doc.dataStores.push(fromProps.DataStore(p));
    else if (labels.includes("Supplier")) doc.suppliers.push(fromProps.Supplier(p));
  }
  for (const r of rels) {
    const from = r.get("from") as string;
    const to = r.get("to") as string;
    const type = r.get("type") as string;
    if (type === "DEPENDS_ON") doc.dependencies.push(dependencyFromProps(from, to, r.get("p") as Props));
    else if (type === "ACCESSES") doc.accesses.push({ system: from, dataStore: to });
    else doc.administers.push({ from, to });
  }
  for (const list of [doc.organisations, doc.careServices, doc.systems, doc.dataStores, doc.suppliers]) list.sort(byId);
  doc.dependencies.sort(byPair((d) => `${d.from}\u0000${d.to}`));
  doc.accesses.sort(byPair((a) => `${a.system}\u0000${a.dataStore}`));
  doc.administers.sort(byPair((a) => `${a.from}\u0000${a.to}`));
  return doc;
}
