import type { Database } from "../graph/database.js";
import { hashAt, listAnchors, readChainHead, recordAnchor } from "../audit/store.js";
import type { ChainHead } from "../audit/chain.js";
import { auditKey } from "../audit/audit-key.js";
import { walkChain, type Broken, type ExpectedHead } from "../audit/chain-walk.js";
import { auditNow } from "../audit/clock.js";
import { readKeptDocument, TamperedDocument } from "../audit/kept-documents.js";
import { appendHead, databaseId, readHeads } from "../audit/heads-file.js";
import { checkLiveState } from "./state-check.js";

export interface ChainReport {
  ok: boolean;
  events: number;
  /** The first event whose link does not hold, and why. */
  firstBroken: Broken | null;
  /** The newest event, when the chain holds: record it to check the chain against later. */
  head: ChainHead | null;
  /** Whether the trail still holds the head the caller gave, unchanged; null when none was given. */
  containsKnownHead: boolean | null;
}

/**
 * Recomputes every hash (keyed ones with the key outside Neo4j) from the first event on and
 * reports the first broken link. Every head recorded before, as an anchor in the database and
 * in the heads file beside the key, and the head the caller knows, must still be in the trail
 * with the same hash; every kept document must match its event; the live graph and register
 * must equal the trail's replay and the newest event's digests. A chain that holds has its head
 * recorded in both places.
 */
export async function verifyChain(db: Database, known: ChainHead | null = null): Promise<ChainReport> {
  const key = auditKey();
  const dbId = await databaseId(db);
  const file = readHeads(key, dbId);
  const recorded: Array<{ seq: number; hash: string; source: string }> = [
    ...(await db.read(listAnchors)).map((a) => ({ ...a, source: `when the chain was verified on ${a.at}` })),
    ...file.heads.map((h) => ({ ...h, source: `in the heads file outside the database (${h.at})` })),
  ];
  const expected = new Map<number, ExpectedHead>();
  // The oldest record of a seq is set last, so its reason is the one given.
  for (const r of [...recorded].reverse()) expected.set(r.seq, { hash: r.hash, source: r.source });

  const walk = await walkChain(db, key.key, expected);
  const count = walk.broken ? walk.broken.seq - 1 : walk.events;
  const knownHash = known && known.seq <= count ? await hashAt(db, known.seq) : null;
  const knownFound = known ? knownHash === known.hash : null;
  const report = (broken: Broken | null): ChainReport => ({
    ok: broken === null,
    events: count,
    firstBroken: broken,
    head: broken === null && walk.last ? { seq: walk.last.seq, hash: walk.last.hash } : null,
    containsKnownHead: knownFound,
  });
  if (walk.broken) return report(walk.broken);
  if (file.unsigned > 0)
    return report({
      seq: count + 1,
      reason: `the heads file outside the database holds ${file.unsigned} line(s) not signed with the audit key`,
    });
  const beyond = recorded.filter((r) => r.seq > count).sort((a, b) => b.seq - a.seq)[0];
  if (beyond)
    return report({
      seq: count + 1,
      reason: `the chain was verified up to event ${beyond.seq} (recorded ${beyond.source}); only ${count} events remain`,
    });
  if (known && !knownFound) {
    const reason = known.seq > count ? `only ${count} events remain` : `event ${known.seq} has another hash: it was rewritten`;
    return report({
      seq: Math.min(known.seq, count + 1),
      reason: `the trail does not hold the known head you gave (event ${known.seq}): ${reason}`,
    });
  }
  const head = await readChainHead(db);
  const headSeq = head?.seq ?? 0;
  if (count > 0 && !head) return report({ seq: count + 1, reason: "the chain's head record is missing" });
  if (headSeq !== count) return report({ seq: count + 1, reason: `the chain's head records ${headSeq} events; ${count} were found` });
  if (walk.last && head?.hash !== walk.last.hash)
    return report({ seq: count, reason: "the chain's head record names another hash than the newest event's" });
  for (const d of walk.documents) {
    try {
      await readKeptDocument(db, d.kept);
    } catch (e) {
      if (e instanceof TamperedDocument) return report({ seq: d.seq, reason: e.message });
      throw e;
    }
  }
  const difference = await checkLiveState(db, walk.last);
  if (difference) return report({ seq: count, reason: `the live state is not what the trail records: ${difference}` });
  const ok = report(null);
  if (ok.head) {
    const at = auditNow().toISOString();
    await recordAnchor(db, ok.head, at);
    appendHead(key, dbId, { ...ok.head, at }, true);
  }
  return ok;
}
