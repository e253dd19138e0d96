import { createHash, createHmac } from "node:crypto";

/** The fields of an audit event that its hash covers, in a fixed order. */
export interface EventBody {
  seq: number;
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  target: string | null;
  summary: string;
  /** JSON text, exactly as stored. */
  before: string | null;
  after: string | null;
  prevHash: string;
  /** KEYED for an event hashed with the key outside the database; absent on events written before. */
  v?: number | null;
  /** Digests of the graph and of the register as this event left them (keyed events only). */
  graphDigest?: string | null;
  registerDigest?: string | null;
  /** Who beyond the name and role, as JSON text (actor-detail.ts); absent from events recorded before it. */
  actorDetail?: string | null;
}

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

export const GENESIS = "0".repeat(64);
export const KEYED = 2;

/** Each event's hash covers its body and the previous event's hash: change one, and every later link breaks. */
export function eventHash(e: EventBody): string {
  const fields = [e.seq, e.at, e.actorName, e.actorRole, e.action, e.target, e.summary, e.before, e.after, e.prevHash];
  // Older events have no detail: their hashes stay as they were written.
  if (e.actorDetail != null) fields.push(e.actorDetail);
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/**
 * A keyed event's hash: an HMAC-SHA256 with the key kept outside Neo4j, over the same fields,
 * its version, the state digests and who beyond the name and role. Without the key no one can make a valid event from Bolt.
 */
export function keyedEventHash(e: EventBody, key: Buffer): string {
  const fields = [
    e.seq,
    e.at,
    e.actorName,
    e.actorRole,
    e.action,
    e.target,
    e.summary,
    e.before,
    e.after,
    e.prevHash,
    KEYED,
    e.graphDigest ?? null,
    e.registerDigest ?? null,
    e.actorDetail ?? null,
  ];
  return createHmac("sha256", key).update(JSON.stringify(fields)).digest("hex");
}
