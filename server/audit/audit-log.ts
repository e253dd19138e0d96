import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import { auditKey } from "./audit-key.js";
import { GENESIS, KEYED, keyedEventHash, type EventBody } from "./chain.js";
import { auditNow } from "./clock.js";
import { digestOf, liveGraphLines, liveRegisterLines } from "./state-digest.js";
import type { Scope } from "../base/scope.js";
import { actorDetail } from "./actor-detail.js";

/** Who made a change: a person signed in, a token's holder, or the command line on this machine. */
export interface Actor {
  /** The name shown. */
  name: string;
  role: string;
  /** The identity provider and subject of a person signed in. */
  issuer?: string | null;
  subject?: string | null;
  /** The token's name, for a change made with a token. */
  token?: string | null;
  /** The organisations the change was made under; all when absent (the command line, the product itself). */
  scope?: Scope;
  breakGlass?: boolean;
}

export interface AuditEntry {
  action: string;
  target?: string | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEvent extends EventBody {
  hash: string;
}

/**
 * The state this event leaves: the graph's digest is taken again after a graph change (or with
 * nothing before to carry), the register's after a risk's; otherwise the last event's carries on,
 * so a token or a saved query never reads the whole graph.
 */
async function stateDigests(
  tx: ManagedTransaction,
  actions: readonly string[],
  last: { graph: string | null; register: string | null },
): Promise<{ graphDigest: string | null; registerDigest: string }> {
  const any = (prefix: string): boolean => actions.some((a) => a.startsWith(prefix) || a === "audit.baseline");
  const graph = any("graph.") || !last.graph ? await graphDigest(tx) : last.graph;
  const register = any("risk.") || !last.register ? await digestOf(liveRegisterLines(tx)) : last.register;
  return { graphDigest: graph, registerDigest: register };
}

/**
 * Graphs past DIGEST_MAX_NODES are not read whole within each write: at national scale that
 * read would cost minutes a change. Their events record no digest, and verification compares
 * the live graph with the trail's replay alone.
 */
export const DIGEST_MAX_NODES = 100_000;

async function graphDigest(tx: ManagedTransaction): Promise<string | null> {
  const nodes = Number((await tx.run("MATCH (n:Node) RETURN count(n) AS n")).records[0]?.get("n") ?? 0);
  return nodes > DIGEST_MAX_NODES ? null : digestOf(liveGraphLines(tx));
}

/**
 * Appends an event in the caller's transaction, so the change and its record commit together
 * or not at all. Writing the chain's head node first takes its lock: concurrent appends queue
 * and each links to the one before. The event is keyed (HMAC with the key outside Neo4j) and
 * records the digests of the state it leaves.
 */
export async function appendEvent(tx: ManagedTransaction, actor: Actor, entry: AuditEntry): Promise<AuditEvent> {
  return (await appendEvents(tx, actor, [entry]))[0]!;
}

/**
 * Appends several events of one actor in the caller's transaction, chained in order, with the
 * chain's head read and written once and the state's digests taken once: every event of the
 * batch records the digests of the state the transaction leaves, the only one anyone sees, as
 * they commit together. A batch of risks written at once costs one read of the register, not one each.
 */
export async function appendEvents(tx: ManagedTransaction, actor: Actor, entries: readonly AuditEntry[]): Promise<AuditEvent[]> {
  if (!entries.length) return [];
  const head = await tx.run(
    `MERGE (h:Meta {key: 'audit'}) ON CREATE SET h.seq = 0, h.hash = $genesis
     SET h.locked = true
     WITH h
     OPTIONAL MATCH (last:AuditEvent {seq: h.seq})
     RETURN h.seq AS seq, h.hash AS hash, last.at AS lastAt, last.graphDigest AS graph, last.registerDigest AS register`,
    { genesis: GENESIS },
  );
  const rec = head.records[0]!;
  // Times never run backwards along the chain, whichever process's clock wrote the last event.
  const lastAt = rec.get("lastAt") as string | null;
  const now = auditNow().toISOString();
  const at = lastAt !== null && lastAt > now ? lastAt : now;
  const last = { graph: rec.get("graph") as string | null, register: rec.get("register") as string | null };
  const digests = await stateDigests(
    tx,
    entries.map((e) => e.action),
    last,
  );
  const detail = actorDetail(actor);
  const key = auditKey().key;
  let seq = rec.get("seq") as number;
  let prevHash = rec.get("hash") as string;
  const events = entries.map((entry): AuditEvent => {
    const body: EventBody = {
      seq: ++seq,
      at,
      actorName: actor.name,
      actorRole: actor.role,
      action: entry.action,
      target: entry.target ?? null,
      summary: entry.summary,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      prevHash,
      v: KEYED,
      ...digests,
      actorDetail: detail,
    };
    const event = { ...body, hash: keyedEventHash(body, key) };
    prevHash = event.hash;
    return event;
  });
  await tx.run(
    `UNWIND $events AS event CREATE (e:AuditEvent) SET e = event
     WITH count(e) AS written MATCH (h:Meta {key: 'audit'}) SET h.seq = $seq, h.hash = $hash REMOVE h.locked`,
    { events: events.map((event) => ({ ...event, seq: int(event.seq), v: int(KEYED) })), seq: int(seq), hash: prevHash },
  );
  return events;
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

/** The stored event, as resolvers see it. */
export type AuditEventRecord = AuditEvent;
