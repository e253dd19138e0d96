import type { ManagedTransaction } from "neo4j-driver";

/**
 * A counter bumped by every write to the dependency graph, in the same transaction, so a
 * cached projection can tell cheaply whether it is stale, whoever wrote.
 */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<number> {
  const r = await tx.run(
    "MERGE (m:Meta {key: 'graph'}) ON CREATE SET m.version = 0 SET m.version = m.version + 1, m.changedAt = datetime() RETURN m.version AS v",
  );
  return r.records[0]?.get("v") as number;
}

export async function readGraphVersion(tx: ManagedTransaction): Promise<number> {
  const r = await tx.run("OPTIONAL MATCH (m:Meta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v");
  return r.records[0]?.get("v") as number;
}
