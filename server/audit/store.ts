import { randomUUID } from "node:crypto";
import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import type { AuditEvent } from "./audit-log.js";
import { GENESIS, KEYED } from "./chain.js";

/**
 * The audit trail's Cypher: the chain of events and its head, the heads recorded outside it
 * (anchors) and the saved queries. The kept documents' parts are read and written in
 * document-store.ts, and the live state's lines for the digests in state-digest.ts.
 */

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

/** The chain's head, or null before the first event. */
export async function readChainHead(db: Database): Promise<ChainHead | null> {
  const [head] = await db.readOnce("MATCH (h:Meta {key: 'audit'}) RETURN h.seq AS seq, h.hash AS hash", {}, (r) => ({
    seq: r.get("seq") as number,
    hash: r.get("hash") as string,
  }));
  return head ?? null;
}

/** The hash of event `seq`, or null where the trail holds none. */
export async function hashAt(db: Database, seq: number): Promise<string | null> {
  const rows = await db.readOnce("MATCH (e:AuditEvent {seq: $seq}) RETURN e.hash AS h", { seq: int(seq) }, (r) => r.get("h") as string);
  return rows[0] ?? null;
}

/** The newest event, where the head names it by its sequence and hash. */
export async function readHeadEvent(db: Database): Promise<AuditEvent | undefined> {
  const rows = await db.readOnce(
    "MATCH (h:Meta {key: 'audit'}) MATCH (e:AuditEvent {seq: h.seq}) WHERE e.hash = h.hash RETURN properties(e) AS e",
    {},
    (r) => r.get("e") as AuditEvent,
  );
  return rows[0];
}

/**
 * Takes the chain head's lock in the caller's transaction (made at the genesis hash before the
 * first event): concurrent appends queue. Returns the head and what the newest event recorded.
 */
export async function lockChainHead(
  tx: ManagedTransaction,
): Promise<ChainHead & { lastAt: string | null; last: { graph: string | null; register: string | null } }> {
  const head = await tx.run(
    `MERGE (h:Meta {key: 'audit'}) ON CREATE SET h.seq = 0, h.hash = $genesis
     SET h.locked = true
     WITH h
     OPTIONAL MATCH (last:AuditEvent {seq: h.seq})
     RETURN h.seq AS seq, h.hash AS hash, last.at AS lastAt, last.graphDigest AS graph, last.registerDigest AS register`,
    { genesis: GENESIS },
  );
  const rec = head.records[0]!;
  return {
    seq: rec.get("seq") as number,
    hash: rec.get("hash") as string,
    lastAt: rec.get("lastAt") as string | null,
    last: { graph: rec.get("graph") as string | null, register: rec.get("register") as string | null },
  };
}

/** Writes events (in order, after the locked head) and moves the head to the last of them, releasing its lock. */
export async function writeEvents(tx: ManagedTransaction, events: readonly AuditEvent[]): Promise<void> {
  const newest = events[events.length - 1]!;
  await tx.run(
    `UNWIND $events AS event CREATE (e:AuditEvent) SET e = event
     WITH count(e) AS written MATCH (h:Meta {key: 'audit'}) SET h.seq = $seq, h.hash = $hash REMOVE h.locked`,
    { events: events.map((event) => ({ ...event, seq: int(event.seq), v: int(KEYED) })), seq: int(newest.seq), hash: newest.hash },
  );
}

/** Up to `limit` events from sequence `from` on, in order. */
export function readEventsFrom(db: Database, from: number, limit: number): Promise<AuditEvent[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (e:AuditEvent) WHERE e.seq >= $from RETURN e ORDER BY e.seq LIMIT $limit", {
      from: int(from),
      limit: int(limit),
    });
    return r.records.map((rec) => (rec.get("e") as { properties: AuditEvent }).properties);
  });
}

export interface EventFilter {
  action?: string | null;
  target?: string | null;
  /** Part of the target or of the actor's name, whatever the case. */
  targetContains?: string | null;
  actor?: string | null;
  since?: string | null;
  until?: string | null;
  afterSeq?: number;
  beforeSeq?: number | null;
  newestFirst?: boolean;
  limit: number;
}

// The direction is one of two fixed texts, never a value from the caller.
const ORDER = { oldest: "ORDER BY e.seq", newest: "ORDER BY e.seq DESC" } as const;

/** Events in order of the chain (newest last, or newest first), filtered by action, target, actor and time. */
export function listEvents(db: Database, f: EventFilter): Promise<AuditEvent[]> {
  return db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (e:AuditEvent) WHERE e.seq > $afterSeq AND ($beforeSeq IS NULL OR e.seq < $beforeSeq)
         AND ($action IS NULL OR e.action = $action)
         AND ($target IS NULL OR e.target = $target)
         AND ($targetContains IS NULL OR toLower(coalesce(e.target, '')) CONTAINS toLower($targetContains))
         AND ($actor IS NULL OR toLower(e.actorName) CONTAINS toLower($actor))
         AND ($since IS NULL OR datetime(e.at) >= datetime($since))
         AND ($until IS NULL OR datetime(e.at) <= datetime($until))
       RETURN e ${f.newestFirst ? ORDER.newest : ORDER.oldest} LIMIT $limit`,
      {
        afterSeq: int(f.afterSeq ?? 0),
        beforeSeq: f.beforeSeq == null ? null : int(f.beforeSeq),
        action: f.action ?? null,
        target: f.target ?? null,
        targetContains: f.targetContains ?? null,
        actor: f.actor ?? null,
        since: f.since ?? null,
        until: f.until ?? null,
        limit: int(f.limit),
      },
    );
    return r.records.map((rec) => storedEvent((rec.get("e") as { properties: AuditEvent }).properties));
  });
}

/**
 * Neo4j keeps no property for a null value, so an event with nothing before it (an added risk, a
 * first import) comes back without `before`; the stored event says null, as the chain hashes it.
 */
function storedEvent(e: AuditEvent): AuditEvent {
  return { ...e, target: e.target ?? null, before: e.before ?? null, after: e.after ?? null };
}

/** The register's risks as stored, by id (the trail records the register as it stands). */
export const RISKS_BY_ID = "MATCH (k:Risk) RETURN properties(k) AS p ORDER BY k.id";

export async function readRiskProps(tx: ManagedTransaction): Promise<Array<Record<string, unknown>>> {
  const r = await tx.run(RISKS_BY_ID);
  return r.records.map((rec) => rec.get("p") as Record<string, unknown>);
}

/** A named GraphQL document kept with its author, for anyone to list and run again. */
export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  document: string;
  author: string;
  createdAt: string;
}

/** Stores a saved query in the caller's transaction. */
export async function createSavedQuery(
  tx: ManagedTransaction,
  author: string,
  q: Pick<SavedQuery, "name" | "description" | "document">,
): Promise<SavedQuery> {
  const r = await tx.run(
    `CREATE (s:SavedQuery {id: $id, name: $name, description: $description, document: $document, author: $author, createdAt: toString(datetime())})
     RETURN properties(s) AS s`,
    { id: `query-${randomUUID().slice(0, 8)}`, ...q, author },
  );
  return r.records[0]!.get("s") as SavedQuery;
}

export function listSavedQueries(db: Database): Promise<SavedQuery[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (s:SavedQuery) RETURN properties(s) AS s ORDER BY s.createdAt, s.id");
    return r.records.map((rec) => rec.get("s") as SavedQuery);
  });
}

export function getSavedQuery(db: Database, id: string): Promise<SavedQuery | null> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (s:SavedQuery {id: $id}) RETURN properties(s) AS s", { id });
    return (r.records[0]?.get("s") as SavedQuery | undefined) ?? null;
  });
}
