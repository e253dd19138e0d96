import type { Database } from "../graph/database.js";
import { exportGraph } from "../graph/export-graph.js";
import { bumpGraphVersion, readGraphVersion } from "../graph/graph-version.js";
import { riskFromProps } from "../model/risk-props.js";
import { appendEvent, type Actor, type AuditEvent } from "./audit-log.js";
import { confirmDocument, discardDocument, stageDocument } from "./kept-documents.js";
import { readRiskProps } from "./store.js";

/**
 * Records the live graph and register as they stand, as one keyed event (`audit.baseline`) that
 * the replay starts again from: for after a restore, or a change an administrator made outside
 * the product and has checked. Until one is recorded, such a change is reported by verification.
 * Only whoever holds the audit key (the command line on the server's machine) can record one.
 */
export async function recordBaseline(db: Database, actor: Actor): Promise<AuditEvent> {
  const version = await db.read(readGraphVersion);
  const document = await exportGraph(db);
  const kept = await stageDocument(db, document);
  try {
    return await db.write(async (tx) => {
      // The graph's write lock, and a check that nothing changed since it was read.
      if ((await bumpGraphVersion(tx)) - 1 !== version) throw new Error("The graph changed while the baseline was read; run it again.");
      await confirmDocument(tx, kept);
      const risks = (await readRiskProps(tx)).map(riskFromProps);
      const nodes =
        document.organisations.length +
        document.careServices.length +
        document.systems.length +
        document.dataStores.length +
        document.suppliers.length;
      return appendEvent(tx, actor, {
        action: "audit.baseline",
        summary: `recorded the live graph (${nodes} nodes) and register (${risks.length} risks) as they stand`,
        after: { mode: "REPLACE", keptDocument: kept, risks },
      });
    });
  } catch (e) {
    await discardDocument(db, kept);
    throw e;
  }
}
