import type { Database } from "../../server/graph/database.js";
import type { Fixture, Tampering } from "./tamperings.js";

const run = (db: Database, query: string, params: Record<string, unknown> = {}) => db.write((tx) => tx.run(query, params));
const props = async (db: Database, query: string, params: Record<string, unknown>) =>
  db.read(async (tx) => (await tx.run(query, params)).records[0]!.get("p") as Record<string, unknown>);

/** Changes to the live graph, the register and the kept documents that no event records. */
export async function liveTamperings(f: Fixture): Promise<Tampering[]> {
  const { db, ids } = f;
  const spare = await props(db, "MATCH (n:Node {id: $id}) RETURN properties(n) AS p", { id: ids.spare });
  const dependency = await props(db, "MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(:Node {id: $b}) RETURN properties(r) AS p", {
    a: ids.from,
    b: ids.to,
  });
  const risk = await props(db, "MATCH (k:Risk {id: $id}) RETURN properties(k) AS p", { id: ids.risk });
  const part = await props(db, "MATCH (p:AuditDocumentPart {document: $id, index: 0}) RETURN properties(p) AS p", { id: ids.document });
  const t = (name: string, tamper: string, undo: string, params: Record<string, unknown> = {}): Tampering => ({
    name,
    tamper: () => run(db, tamper, params),
    undo: () => run(db, undo, params),
  });
  return [
    t("edit a live node's name", "MATCH (n:Node {id: $id}) SET n.name = 'Renamed'", "MATCH (n:Node {id: $id}) SET n.name = $p.name", {
      id: ids.spare,
      p: spare,
    }),
    t("delete a live node", "MATCH (n:Node {id: $id}) DETACH DELETE n", "CREATE (n:Node:Organisation) SET n = $p", {
      id: ids.spare,
      p: spare,
    }),
    t(
      "add a live node no event records",
      "CREATE (:Node:Supplier {id: $id, name: 'Shadow supplier'})",
      "MATCH (n:Node {id: $id}) DETACH DELETE n",
      { id: `${ids.spare}-shadow` },
    ),
    t(
      "relabel a live node",
      "MATCH (n:Node {id: $id}) REMOVE n:System SET n:DataStore",
      "MATCH (n:Node {id: $id}) REMOVE n:DataStore SET n:System",
      { id: ids.system },
    ),
    t(
      "edit a dependency's effect",
      "MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(:Node {id: $b}) SET r.effect = 'DEGRADES'",
      "MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(:Node {id: $b}) SET r = $p",
      { a: ids.from, b: ids.to, p: dependency },
    ),
    t(
      "delete a dependency",
      "MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(:Node {id: $b}) DELETE r",
      "MATCH (a:Node {id: $a}), (b:Node {id: $b}) CREATE (a)-[r:DEPENDS_ON]->(b) SET r = $p",
      { a: ids.from, b: ids.to, p: dependency },
    ),
    t(
      "add an access no event records",
      "MATCH (a:Node {id: $a}), (b:Node {id: $b}) CREATE (a)-[:ACCESSES {forged: true}]->(b)",
      "MATCH (:Node {id: $a})-[r:ACCESSES {forged: true}]->(:Node {id: $b}) DELETE r",
      { a: ids.system, b: ids.spare },
    ),
    t("edit a risk's title", "MATCH (k:Risk {id: $id}) SET k.title = 'Nothing to see'", "MATCH (k:Risk {id: $id}) SET k = $p", {
      id: ids.risk,
      p: risk,
    }),
    t("edit a risk's likelihood", "MATCH (k:Risk {id: $id}) SET k.likelihood = 'RARE'", "MATCH (k:Risk {id: $id}) SET k = $p", {
      id: ids.risk,
      p: risk,
    }),
    t("delete a risk", "MATCH (k:Risk {id: $id}) DELETE k", "CREATE (k:Risk) SET k = $p", { id: ids.risk, p: risk }),
    t("add a risk no event records", "CREATE (:Risk {id: $id, title: 'Forged risk'})", "MATCH (k:Risk {id: $id}) DELETE k", {
      id: `${ids.risk}-forged`,
    }),
    t(
      "edit a stored document part",
      "MATCH (p:AuditDocumentPart {document: $id, index: 0}) SET p.json = replace(p.json, 'Spare', 'Spore')",
      "MATCH (p:AuditDocumentPart {document: $id, index: 0}) SET p = $p",
      { id: ids.document, p: part },
    ),
    t(
      "make a stored document part another list",
      'MATCH (p:AuditDocumentPart {document: $id, index: 0}) SET p.json = \'{"list":"nothing","entries":[1]}\'',
      "MATCH (p:AuditDocumentPart {document: $id, index: 0}) SET p = $p",
      { id: ids.document, p: part },
    ),
    t(
      "delete a stored document part",
      "MATCH (p:AuditDocumentPart {document: $id, index: 0}) DELETE p",
      "CREATE (p:AuditDocumentPart) SET p = $p",
      { id: ids.document, p: part },
    ),
    t(
      "add a stored document part",
      'CREATE (:AuditDocumentPart {document: $id, index: 7, json: \'{"list":"systems","entries":[]}\'})',
      "MATCH (p:AuditDocumentPart {document: $id, index: 7}) DELETE p",
      { id: ids.document },
    ),
  ];
}
