import type { Database } from "../../server/graph/database.js";

/**
 * The database's own answer to "what stops if x is lost" when every dependency is a lone
 * FAILS edge: every node that reaches x through DEPENDS_ON, or through a system its hosting
 * makes depend on x (model section 10: a supplier-hosted system depends on its supplier;
 * a supplier has no dependencies of its own, so an implied edge is only ever a chain's last
 * step). DISTINCT lets the planner prune the variable-length expansion to a breadth-first search.
 */
const DEPENDENTS = `MATCH (x:Node {id: $id})
  OPTIONAL MATCH (h:System) WHERE x:Supplier AND h.supplier = x.id AND h.hosting = $hosted
  WITH x, collect(h) AS hosted
  UNWIND [x] + hosted AS s
  OPTIONAL MATCH (n:Node)-[:DEPENDS_ON*0..]->(s)
  RETURN collect(DISTINCT n.id) AS ids`;

export function dependentsByCypher(db: Database, id: string): Promise<string[]> {
  return db.read(async (tx) => {
    const r = await tx.run(DEPENDENTS, { id, hosted: "SUPPLIER_HOSTED" });
    return (r.records[0]?.get("ids") as string[] | undefined) ?? [];
  });
}
