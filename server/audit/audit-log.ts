import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import { eventHash, GENESIS, type EventBody } from "./chain.js";
import { auditNow } from "./clock.js";
import type { Scope } from "../auth/scope.js";
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
 * Appends an event in the caller's transaction, so the change and its record commit together
 * or not at all. Writing the chain's head node first takes its lock: concurrent appends queue
 * and each links to the one before.
 */
export async function appendEvent(tx: ManagedTransaction, actor: Actor, entry: AuditEntry): Promise<AuditEvent> {
  const head = await tx.run(
    `MERGE (h:Meta {key: 'audit'}) ON CREATE SET h.seq = 0, h.hash = $genesis
     SET h.locked = true
     WITH h
     OPTIONAL MATCH (last:AuditEvent {seq: h.seq})
     RETURN h.seq AS seq, h.hash AS hash, last.at AS lastAt`,
    { genesis: GENESIS },
  );
  const rec = head.records[0]!;
  // Times never run backwards along the chain, whichever process's clock wrote the last event.
  const lastAt = rec.get("lastAt") as string | null;
  const now = auditNow().toISOString();
  const body: EventBody = {
    seq: (rec.get("seq") as number) + 1,
    at: lastAt !== null && lastAt > now ? lastAt : now,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    target: entry.target ?? null,
    summary: entry.summary,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    prevHash: rec.get("hash") as string,
    actorDetail: actorDetail(actor),
  };
  const event: AuditEvent = { ...body, hash: eventHash(body) };
  await tx.run(
    `CREATE (e:AuditEvent) SET e = $event
     WITH e MATCH (h:Meta {key: 'audit'}) SET h.seq = e.seq, h.hash = e.hash REMOVE h.locked`,
    { event: { ...event, seq: int(event.seq) } },
  );
  return event;
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
    return r.records.map((rec) => (rec.get("e") as { properties: AuditEvent }).properties);
  });
}

/** The stored event, as resolvers see it. */
export type AuditEventRecord = AuditEvent;
