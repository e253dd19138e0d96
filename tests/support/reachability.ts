import type { Database } from "../../server/graph/database.js";

/**
 * The database's own answer to "what stops if x is lost" when every dependency is a lone
 * FAILS edge: every node that reaches x through DEPENDS_ON. DISTINCT lets the planner prune
 * the variable-length expansion to a breadth-first search.
 */
const DEPENDENTS = `MATCH (x:Node {id: $id})
  OPTIONAL MATCH (n:Node)-[:DEPENDS_ON*]->(x)
  RETURN collect(DISTINCT n.id) AS ids`;

export function dependentsByCypher(db: Database, id: string): Promise<string[]> {
  return db.read(async (tx) => {
    const r = await tx.run(DEPENDENTS, { id });
    return (r.records[0]?.get("ids") as string[] | undefined) ?? [];
  });
}
