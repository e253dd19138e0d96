import { int } from "neo4j-driver";
import type { AuditEvent } from "../../server/audit/audit-log.js";
import { eventHash } from "../../server/audit/chain.js";
import type { Database } from "../../server/graph/database.js";

/** The trail as Bolt shows it: events, anchors and the head record, to tamper with and put back. */
export interface TrailSnapshot {
  events: AuditEvent[];
  anchors: Array<{ seq: number; hash: string; at: string }>;
  head: { seq: number; hash: string } | null;
}

const rows = async <T>(db: Database, query: string): Promise<T[]> =>
  db.read(async (tx) => (await tx.run(query)).records.map((r) => r.get("x") as T));

export async function snapshotTrail(db: Database): Promise<TrailSnapshot> {
  const events = await rows<AuditEvent>(db, "MATCH (e:AuditEvent) RETURN properties(e) AS x ORDER BY e.seq");
  const anchors = await rows<TrailSnapshot["anchors"][number]>(db, "MATCH (a:AuditAnchor) RETURN properties(a) AS x ORDER BY a.seq");
  const head =
    (await rows<{ seq: number; hash: string }>(db, "MATCH (h:Meta {key: 'audit'}) RETURN {seq: h.seq, hash: h.hash} AS x"))[0] ?? null;
  return { events, anchors, head };
}

/** Integers stay integers in Neo4j, as the product writes them. */
const stored = (e: AuditEvent): Record<string, unknown> => ({ ...e, seq: int(e.seq), ...(typeof e.v === "number" ? { v: int(e.v) } : {}) });

/** Writes a whole trail over Bolt: every event, the anchors and the head record, as given. */
export async function writeTrail(db: Database, t: TrailSnapshot): Promise<void> {
  await db.write(async (tx) => {
    await tx.run("MATCH (e:AuditEvent) DELETE e");
    await tx.run("MATCH (a:AuditAnchor) DELETE a");
    await tx.run("UNWIND $events AS e CREATE (n:AuditEvent) SET n = e", { events: t.events.map(stored) });
    await tx.run("UNWIND $anchors AS a CREATE (n:AuditAnchor) SET n = a, n.seq = toInteger(a.seq)", { anchors: t.anchors });
    if (t.head) await tx.run("MERGE (h:Meta {key: 'audit'}) SET h.seq = $seq, h.hash = $hash", { seq: int(t.head.seq), hash: t.head.hash });
    else await tx.run("MATCH (h:Meta {key: 'audit'}) DELETE h");
  });
}

/** The events from `from` (an index) on made again with plain hashes, unkeyed, each linked to the one before. */
export function rechained(events: AuditEvent[], from: number): AuditEvent[] {
  const out = events.slice(0, from);
  for (const e of events.slice(from)) {
    const body: AuditEvent = { ...e, prevHash: out.at(-1)?.hash ?? "0".repeat(64), hash: "" };
    delete body.v;
    delete body.graphDigest;
    delete body.registerDigest;
    out.push({ ...body, hash: eventHash(body) });
  }
  return out;
}

/** A new event after the newest one, with a correct plain hash and link. */
export function forgedAfter(events: AuditEvent[], change: Partial<AuditEvent> = {}): AuditEvent {
  const last = events.at(-1)!;
  const body: AuditEvent = {
    seq: last.seq + 1,
    at: last.at,
    actorName: "someone",
    actorRole: "ADMIN",
    action: "token.create",
    target: "token-forged",
    summary: "ADMIN token for someone",
    before: null,
    after: null,
    prevHash: last.hash,
    hash: "",
    ...change,
  };
  return { ...body, hash: eventHash(body) };
}

export const headOf = (events: AuditEvent[]): { seq: number; hash: string } => ({ seq: events.at(-1)!.seq, hash: events.at(-1)!.hash });
