import { int } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import type { AuditEvent } from "./audit-log.js";
import { eventHash, GENESIS } from "./chain.js";

export interface ChainReport {
  ok: boolean;
  events: number;
  /** The first event whose link does not hold, and why. */
  firstBroken: { seq: number; reason: string } | null;
}

const PAGE = 5_000;

/** Recomputes every hash from the first event on and reports the first broken link. */
export async function verifyChain(db: Database): Promise<ChainReport> {
  let prevHash = GENESIS;
  let expected = 1;
  let count = 0;
  for (;;) {
    const page = await db.read(async (tx) => {
      const r = await tx.run("MATCH (e:AuditEvent) WHERE e.seq >= $from RETURN e ORDER BY e.seq LIMIT $limit", {
        from: int(expected),
        limit: int(PAGE),
      });
      return r.records.map((rec) => (rec.get("e") as { properties: AuditEvent }).properties);
    });
    for (const e of page) {
      const broken = (reason: string): ChainReport => ({ ok: false, events: count, firstBroken: { seq: expected, reason } });
      if (e.seq !== expected) return broken(`event ${expected} is missing (next is ${e.seq})`);
      if (e.prevHash !== prevHash) return broken("its link to the previous event does not match that event's hash");
      if (eventHash(e) !== e.hash) return broken("its content does not match its hash: it was changed after it was written");
      prevHash = e.hash;
      expected++;
      count++;
    }
    if (page.length < PAGE) break;
  }
  const head = await db.read(async (tx) => (await tx.run("MATCH (h:Meta {key: 'audit'}) RETURN h.seq AS seq")).records[0]?.get("seq") as number | undefined);
  if ((head ?? 0) !== count) return { ok: false, events: count, firstBroken: { seq: count + 1, reason: `the chain's head records ${head} events; ${count} were found` } };
  return { ok: true, events: count, firstBroken: null };
}
