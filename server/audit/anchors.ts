import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";

/**
 * A head of the audit chain (its newest event's sequence and hash) as a verification found it.
 * Heads are kept outside the chain, as AuditAnchor nodes (and, signed, in the heads file outside
 * the database, which the board report prints): rewriting the newest events or deleting them
 * cannot be told from an honest chain by the chain alone, but no longer matches a head recorded before.
 */
export interface ChainHead {
  seq: number;
  hash: string;
}
export interface Anchor extends ChainHead {
  at: string;
}

/** Records a verified head; a head already recorded keeps the time it was first seen. */
export function recordAnchor(db: Database, head: ChainHead, at: string): Promise<void> {
  return db.write(async (tx) => {
    await tx.run("MERGE (a:AuditAnchor {seq: $seq}) ON CREATE SET a.hash = $hash, a.at = $at", { seq: int(head.seq), hash: head.hash, at });
  });
}

/** Every recorded head, oldest first. */
export async function listAnchors(tx: ManagedTransaction): Promise<Anchor[]> {
  const r = await tx.run("MATCH (a:AuditAnchor) RETURN a.seq AS seq, a.hash AS hash, a.at AS at ORDER BY a.seq");
  return r.records.map((rec) => ({ seq: rec.get("seq") as number, hash: rec.get("hash") as string, at: rec.get("at") as string }));
}
