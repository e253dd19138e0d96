import { int } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import { listAnchors, recordAnchor, type ChainHead } from "./anchors.js";
import type { AuditEvent } from "./audit-log.js";
import { eventHash, GENESIS } from "./chain.js";
import { auditNow } from "./clock.js";

export interface ChainReport {
  ok: boolean;
  events: number;
  /** The first event whose link does not hold, and why. */
  firstBroken: { seq: number; reason: string } | null;
  /** The newest event, when the chain holds: record it to check the chain against later. */
  head: ChainHead | null;
  /** Whether the trail still holds the head the caller gave, unchanged; null when none was given. */
  containsKnownHead: boolean | null;
}

const PAGE = 5_000;

/**
 * Recomputes every hash from the first event on and reports the first broken link. Each head
 * recorded by an earlier verification, and the head the caller knows if any, must still be in
 * the trail with the same hash; a chain that holds has its head recorded.
 */
export async function verifyChain(db: Database, known: ChainHead | null = null): Promise<ChainReport> {
  const anchors = await db.read(listAnchors);
  const expectedHash = new Map<number, string>(anchors.map((a) => [a.seq, a.hash]));
  let prevHash = GENESIS;
  let expected = 1;
  let count = 0;
  let knownFound: boolean | null = known ? false : null;
  const result = (broken: { seq: number; reason: string } | null): ChainReport => ({
    ok: broken === null,
    events: count,
    firstBroken: broken,
    head: broken === null && count > 0 ? { seq: count, hash: prevHash } : null,
    containsKnownHead: knownFound,
  });
  for (;;) {
    const page = await db.read(async (tx) => {
      const r = await tx.run("MATCH (e:AuditEvent) WHERE e.seq >= $from RETURN e ORDER BY e.seq LIMIT $limit", { from: int(expected), limit: int(PAGE) });
      return r.records.map((rec) => (rec.get("e") as { properties: AuditEvent }).properties);
    });
    for (const e of page) {
      const broken = (reason: string): ChainReport => result({ seq: expected, reason });
      if (e.seq !== expected) return broken(`event ${expected} is missing (next is ${e.seq})`);
      if (e.prevHash !== prevHash) return broken("its link to the previous event does not match that event's hash");
      if (eventHash(e) !== e.hash) return broken("its content does not match its hash: it was changed after it was written");
      const anchored = expectedHash.get(e.seq);
      if (anchored !== undefined && anchored !== e.hash) return broken("its hash differs from the one recorded when the chain was last verified: it was rewritten");
      if (known && known.seq === e.seq) knownFound = known.hash === e.hash;
      prevHash = e.hash;
      expected++;
      count++;
    }
    if (page.length < PAGE) break;
  }
  const newestAnchor = anchors.at(-1);
  if (newestAnchor && newestAnchor.seq > count) {
    return result({ seq: count + 1, reason: `the chain was verified up to event ${newestAnchor.seq} on ${newestAnchor.at}; only ${count} events remain` });
  }
  const head = await db.read(async (tx) => (await tx.run("MATCH (h:Meta {key: 'audit'}) RETURN h.seq AS seq")).records[0]?.get("seq") as number | undefined);
  if ((head ?? 0) !== count) return result({ seq: count + 1, reason: `the chain's head records ${head} events; ${count} were found` });
  const report = result(null);
  if (report.head) await recordAnchor(db, report.head, auditNow().toISOString());
  return report;
}
