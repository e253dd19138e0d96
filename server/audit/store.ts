import { randomUUID } from "node:crypto";
import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import type { Props } from "../graph/rows.js";
import type { InterchangeDocument } from "../model/document.js";
import type { AuditEvent, EventFilter } from "./audit-log.js";
import { GENESIS, KEYED, type Anchor, type ChainHead } from "./chain.js";
import type { SavedQuery } from "./saved-queries.js";

/**
 * The audit trail's Cypher, all of it: the chain of events and its head, the heads recorded
 * outside it (anchors), the saved queries, the kept documents' parts and the live graph and
 * register as the digests read them. What is done with them (hashing, the parts' order and
 * checks, canonical lines, walking the chain) is in the folder's other files.
 */

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
const RISKS_BY_ID = "MATCH (k:Risk) RETURN properties(k) AS p ORDER BY k.id";

export async function readRiskProps(tx: ManagedTransaction): Promise<Array<Record<string, unknown>>> {
  const r = await tx.run(RISKS_BY_ID);
  return r.records.map((rec) => rec.get("p") as Record<string, unknown>);
}

/** The same risks streamed from the caller's transaction, for a digest that never holds them all. */
export async function* streamRiskProps(tx: ManagedTransaction): AsyncGenerator<Record<string, unknown>> {
  for await (const r of tx.run(RISKS_BY_ID)) yield r.get("p") as Record<string, unknown>;
}

/** A row of the live graph: a node's properties (`p`), or a relationship's ends and properties. */
export interface LiveRow {
  p?: Props;
  from?: string;
  to?: string;
}
const nodesOf = (label: string): string => `MATCH (n:Node:${label}) RETURN properties(n) AS p ORDER BY n.id`;
/** Each list of the live graph: nodes by id, relationships by both ends. */
const LIVE_LISTS: Record<keyof InterchangeDocument, string> = {
  organisations: nodesOf("Organisation"),
  careServices: nodesOf("CareService"),
  systems: nodesOf("System"),
  dataStores: nodesOf("DataStore"),
  suppliers: nodesOf("Supplier"),
  dependencies: "MATCH (a:Node)-[r:DEPENDS_ON]->(b:Node) RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to",
  accesses: "MATCH (a:Node)-[:ACCESSES]->(b:Node) RETURN a.id AS from, b.id AS to ORDER BY from, to",
  administers: "MATCH (a:Node)-[:ADMINISTERS]->(b:Node) RETURN a.id AS from, b.id AS to ORDER BY from, to",
};

/** One list of the live graph, row by row in that order, streamed from the caller's transaction. */
export async function* streamLiveList(tx: ManagedTransaction, list: keyof InterchangeDocument): AsyncGenerator<LiveRow> {
  for await (const r of tx.run(LIVE_LISTS[list])) yield r.toObject() as LiveRow;
}

/** The store's own id, which Bolt cannot change; null where Neo4j gives none. */
export async function readDatabaseId(db: Database): Promise<string | null> {
  const rows = await db.readOnce("CALL db.info() YIELD id RETURN id", {}, (r) => r.get("id") as string);
  return rows[0] ?? null;
}

// A kept document's parts (kept-documents.ts): each an AuditDocumentPart node under the document's id.

/** Removes staged parts older than `hours`: they belong to imports that died. */
export async function deleteStaleParts(db: Database, hours: number): Promise<void> {
  await db.write((tx) =>
    tx.run("MATCH (p:AuditDocumentPart) WHERE p.pending AND p.stagedAt < datetime() - duration({hours: $hours}) DELETE p", {
      hours: int(hours),
    }),
  );
}

/** Writes parts, marked pending, in one transaction. */
export async function writePendingParts(
  db: Database,
  document: string,
  parts: ReadonlyArray<{ index: number; json: string }>,
): Promise<void> {
  const rows = parts.map((p) => ({ index: int(p.index), json: p.json }));
  await db.write((tx) =>
    tx.run(
      "UNWIND $rows AS row CREATE (:AuditDocumentPart {document: $id, index: row.index, json: row.json, pending: true, stagedAt: datetime()})",
      { id: document, rows },
    ),
  );
}

/** Keeps a document's parts in the caller's transaction; returns how many there are. */
export async function confirmParts(tx: ManagedTransaction, document: string): Promise<number> {
  const r = await tx.run("MATCH (p:AuditDocumentPart {document: $id}) REMOVE p.pending, p.stagedAt RETURN count(p) AS parts", {
    id: document,
  });
  return Number(r.records[0]?.get("parts") ?? 0);
}

/** Removes a document's parts that are still pending. */
export async function discardPendingParts(db: Database, document: string): Promise<void> {
  await db.write((tx) => tx.run("MATCH (p:AuditDocumentPart {document: $id}) WHERE p.pending DELETE p", { id: document }));
}

/** Parts `from` to `to` (not included) as stored, by index; `json` is whatever the property holds now. */
export function readParts(db: Database, document: string, from: number, to: number): Promise<Array<{ index: number; json: unknown }>> {
  return db.readOnce(
    "MATCH (p:AuditDocumentPart {document: $id}) WHERE p.index >= $from AND p.index < $to RETURN p.index AS index, p.json AS json ORDER BY p.index",
    { id: document, from: int(from), to: int(to) },
    (r) => ({ index: r.get("index") as number, json: r.get("json") }),
  );
}

/** How many of a document's parts stand at `from` or after. */
export async function countPartsFrom(db: Database, document: string, from: number): Promise<number> {
  const rows = await db.readOnce(
    "MATCH (p:AuditDocumentPart {document: $id}) WHERE p.index >= $n RETURN count(p) AS c",
    { id: document, n: int(from) },
    (r) => Number(r.get("c")),
  );
  return rows[0] ?? 0;
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

/**
 * The model change that made graph `version`, as the audit trail says it (its summary and who
 * made it), in words to follow the version: " (import: nodes ~1, by Pat)"; "" if not found.
 */
export async function lastGraphChange(tx: ManagedTransaction, version: number): Promise<string> {
  const r = await tx.run(
    `MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'graph.' AND e.after STARTS WITH $v
     RETURN e.summary AS summary, e.actorName AS actor ORDER BY e.seq DESC LIMIT 1`,
    { v: `{"graphVersion":${version},` },
  );
  const e = r.records[0];
  return e ? ` (${String(e.get("summary"))}, by ${String(e.get("actor"))})` : "";
}
