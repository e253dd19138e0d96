import type { Database } from "../graph/database.js";
import { auditKey } from "./audit-key.js";
import { KEYED, keyedEventHash } from "./chain.js";
import { auditNow } from "./clock.js";
import { appendHead, databaseId } from "./heads-file.js";
import { readHeadEvent } from "./store.js";

/**
 * After every write through `db`, appends the chain's head to the heads file outside Neo4j, so
 * that deleting the newest events (the head set back) is seen even before the next verification.
 * Only a head whose event holds its keyed hash is written: a forged one is never taken in.
 * One recording runs at a time; writes meanwhile ask for one more.
 */
export function recordHeadsAfterWrites(db: Database): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  let dbId: string | null = null;
  const once = async (): Promise<void> => {
    const key = auditKey();
    dbId ??= await databaseId(db);
    const e = await readHeadEvent(db);
    if (e && e.v === KEYED && keyedEventHash(e, key.key) === e.hash)
      appendHead(key, dbId, { seq: e.seq, hash: e.hash, at: auditNow().toISOString() }, false);
  };
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = once()
      .catch((e: unknown) =>
        console.error(`[impact-map] the audit head could not be recorded outside the database: ${(e as Error).message}`),
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  db.onWrite(run);
  // For tests and shutdown: resolves once no recording is under way.
  return async () => {
    while (running) await running;
  };
}
