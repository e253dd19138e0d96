import type { Database } from "../graph/database.js";
import type { AuditEvent } from "./audit-log.js";
import { eventHash, GENESIS, KEYED, keyedEventHash } from "./chain.js";
import type { KeptDocument } from "./kept-documents.js";
import { readEventsFrom } from "./store.js";

export interface Broken {
  seq: number;
  reason: string;
}

/** A head recorded outside the chain (an anchor, the heads file, the caller's), and where it came from. */
export interface ExpectedHead {
  hash: string;
  source: string;
}

export interface Walk {
  events: number;
  /** The newest event read, when the chain holds. */
  last: AuditEvent | null;
  broken: Broken | null;
  /** Kept documents named by events, with the event's seq, to be read back. */
  documents: Array<{ seq: number; kept: KeptDocument }>;
}

const PAGE = 5_000;

/** Why an event does not hold, or null. Once one event is keyed, every later one must be. */
function check(e: AuditEvent, prevHash: string, keyedSeen: boolean, key: Buffer, expected: ExpectedHead | undefined): string | null {
  if (e.prevHash !== prevHash) return "its link to the previous event does not match that event's hash";
  if (expected && expected.hash !== e.hash) return `its hash differs from the one recorded ${expected.source}: it was rewritten`;
  if (e.v === KEYED)
    return keyedEventHash(e, key) === e.hash
      ? null
      : "its content does not match its keyed hash: it was changed after it was written, or written without the audit key";
  if (keyedSeen) return "it is not keyed, though an earlier event is: it was written without the audit key";
  return eventHash(e) === e.hash ? null : "its content does not match its hash: it was changed after it was written";
}

function keptDocumentOf(e: AuditEvent): KeptDocument | null {
  try {
    const after = JSON.parse(e.after ?? "null") as { keptDocument?: KeptDocument } | null;
    return after?.keptDocument ?? null;
  } catch {
    return null;
  }
}

/** Reads the chain page by page from the first event, recomputing every hash and link. */
export async function walkChain(db: Database, key: Buffer, expected: ReadonlyMap<number, ExpectedHead>): Promise<Walk> {
  const walk: Walk = { events: 0, last: null, broken: null, documents: [] };
  let prevHash = GENESIS;
  let keyedSeen = false;
  for (;;) {
    const page = await readEventsFrom(db, walk.events + 1, PAGE);
    for (const e of page) {
      const seq = walk.events + 1;
      const reason = e.seq !== seq ? `event ${seq} is missing (next is ${e.seq})` : check(e, prevHash, keyedSeen, key, expected.get(seq));
      if (reason) return { ...walk, last: null, broken: { seq, reason } };
      const kept = keptDocumentOf(e);
      if (kept) walk.documents.push({ seq, kept });
      keyedSeen ||= e.v === KEYED;
      prevHash = e.hash;
      walk.events = seq;
      walk.last = e;
    }
    if (page.length < PAGE) return walk;
  }
}
