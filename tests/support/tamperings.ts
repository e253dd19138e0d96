import { int } from "neo4j-driver";
import type { Database } from "../../server/graph/database.js";
import { forgedAfter, headOf, rechained, writeTrail, type TrailSnapshot } from "./trail-tampering.js";

/**
 * Each way someone who reaches Bolt (and nothing else) might rewrite the trail or what it
 * records, with how to put it back. `known` is the head the caller holds (a board report's).
 */
export interface Tampering {
  name: string;
  tamper: () => Promise<unknown>;
  undo: () => Promise<unknown>;
  known?: { seq: number; hash: string };
}

export interface Fixture {
  db: Database;
  /** The trail as the product left it, and an older copy of it. */
  clean: TrailSnapshot;
  older: TrailSnapshot;
  /** Ids the test owns: a spare organisation, a system, a data store, a dependency's ends, a risk, a kept document. */
  ids: { spare: string; system: string; store: string; from: string; to: string; risk: string; document: string };
}

const run = (db: Database, query: string, params: Record<string, unknown> = {}) => db.write((tx) => tx.run(query, params));

/** Changes one field of event `seq` over Bolt. */
const setEvent = (f: Fixture, seq: number, field: string, value: unknown) =>
  run(f.db, "MATCH (e:AuditEvent {seq: $seq}) SET e[$field] = $value", { seq: int(seq), field, value });

export function trailTamperings(f: Fixture): Tampering[] {
  const events = f.clean.events;
  const mid = events[Math.floor(events.length / 2)]!;
  const last = events.at(-1)!;
  const firstKeyed = events.findIndex((e) => e.v === 2);
  const restore = () => writeTrail(f.db, f.clean);
  const trail = (name: string, t: TrailSnapshot | (() => Promise<unknown>), known?: Tampering["known"]): Tampering => ({
    name,
    tamper: typeof t === "function" ? t : () => writeTrail(f.db, t),
    undo: restore,
    known,
  });
  const edited = events.map((e) => (e.seq === mid.seq ? { ...e, summary: `${e.summary} (edited)` } : e));
  const withoutLast = events.slice(0, -1);
  return [
    trail("edit an event's summary", () => setEvent(f, mid.seq, "summary", "nothing happened")),
    trail("edit an event's actor", () => setEvent(f, mid.seq, "actorName", "someone else")),
    trail("edit an event's time", () => setEvent(f, mid.seq, "at", "2001-01-01T00:00:00.000Z")),
    trail("edit an event's action", () => setEvent(f, mid.seq, "action", "query.save")),
    trail("edit an event's recorded change", () => setEvent(f, mid.seq, "after", "{}")),
    trail("edit an event's target", () => setEvent(f, mid.seq, "target", "elsewhere")),
    trail("edit an event's recorded state digest", () => setEvent(f, last.seq, "graphDigest", "0".repeat(64))),
    trail("edit an event and recompute every later plain hash, link and the head", {
      ...f.clean,
      events: rechained(edited, events.indexOf(mid)),
      head: headOf(rechained(edited, events.indexOf(mid))),
    }),
    trail("delete an event from the middle", () => run(f.db, "MATCH (e:AuditEvent {seq: $seq}) DELETE e", { seq: int(mid.seq) })),
    trail("delete the newest event, the head set back", { ...f.clean, events: withoutLast, head: headOf(withoutLast) }),
    trail("delete the newest event, the head left", { ...f.clean, events: withoutLast }),
    trail("append a forged event with a correct plain hash, link and head", {
      ...f.clean,
      events: [...events, forgedAfter(events)],
      head: headOf([...events, forgedAfter(events)]),
    }),
    trail("append a forged event marked keyed", {
      ...f.clean,
      events: [...events, forgedAfter(events, { v: 2 })],
      head: headOf([...events, forgedAfter(events, { v: 2 })]),
    }),
    trail("append a copy of a keyed event under the next number", () =>
      run(
        f.db,
        "MATCH (e:AuditEvent {seq: $seq}) WITH e, properties(e) AS p CREATE (c:AuditEvent) SET c = p {.*, seq: e.seq + 1, prevHash: e.hash} WITH c MATCH (h:Meta {key: 'audit'}) SET h.seq = c.seq, h.hash = c.hash",
        { seq: int(last.seq) },
      ),
    ),
    trail("swap two events' places", () =>
      run(f.db, "MATCH (a:AuditEvent {seq: $a}), (b:AuditEvent {seq: $b}) SET a.seq = -1 WITH a, b SET b.seq = $a WITH a SET a.seq = $b", {
        a: int(mid.seq),
        b: int(mid.seq + 1),
      }),
    ),
    trail("downgrade the keyed events to plain hashes, rechained", {
      ...f.clean,
      events: rechained(events, firstKeyed),
      head: headOf(rechained(events, firstKeyed)),
    }),
    trail("delete the anchors and rewrite everything with plain hashes", {
      events: rechained(edited, 0),
      anchors: [],
      head: headOf(rechained(edited, 0)),
    }),
    trail("delete the anchors and the newest events, the head set back", { events: withoutLast, anchors: [], head: headOf(withoutLast) }),
    trail("put back an older copy of the trail (anchors of then)", f.older),
    trail("edit an anchor's hash", () =>
      run(f.db, "MATCH (a:AuditAnchor) WITH a ORDER BY a.seq DESC LIMIT 1 SET a.hash = $h", { h: "f".repeat(64) }),
    ),
    trail("delete the head record", () => run(f.db, "MATCH (h:Meta {key: 'audit'}) DELETE h")),
    trail("move the head record forward", () => run(f.db, "MATCH (h:Meta {key: 'audit'}) SET h.seq = h.seq + 1")),
    trail("change the head record's hash", () => run(f.db, "MATCH (h:Meta {key: 'audit'}) SET h.hash = $h", { h: "e".repeat(64) })),
    trail("delete the whole trail: events, anchors and head", { events: [], anchors: [], head: null }),
    trail("a forged head given as the known head", async () => undefined, { seq: last.seq, hash: "d".repeat(64) }),
  ];
}
