import { appendEvent, type Actor } from "../audit/audit-log.js";
import { untold } from "../model/validate.js";
import { validateOffThread } from "../model/validate-off-thread.js";
import { badInput } from "../errors.js";
import type { Database } from "./database.js";
import { loadFactsData, NO_FACTS_DATA } from "./facts.js";
import { bumpGraphVersion } from "./graph-version.js";
import { clearGraph, writeDocument, type WriteCounts } from "./write-document.js";

export type ImportMode = "MERGE" | "REPLACE";

/**
 * Validates a document against the graph and writes it, all in one transaction: a refused
 * document writes nothing. MERGE upserts by id (idempotent); REPLACE swaps the whole graph.
 * `raw` is a parsed document, or a DocumentBytes to be parsed off the event loop.
 */
export function importGraph(db: Database, raw: unknown, mode: ImportMode, actor: Actor): Promise<WriteCounts> {
  return db.write(async (tx) => {
    const checked = await validateOffThread(raw, async (refs) => (mode === "MERGE" ? loadFactsData(tx, refs) : NO_FACTS_DATA));
    if (!checked.ok) {
      const count = checked.unchecked ? `${checked.total} problem(s) before checking stopped` : `${checked.total} problem(s)`;
      throw badInput(`The document was refused: ${count}; nothing was written.`, checked.problems, untold(checked));
    }
    if (mode === "REPLACE") await clearGraph(tx);
    const counts = await writeDocument(tx, checked.document);
    const version = await bumpGraphVersion(tx);
    // The document itself goes into the trail: the graph at any past time can be rebuilt from it.
    await appendEvent(tx, actor, {
      action: "graph.import",
      summary: `${mode} import of ${counts.nodes} nodes and ${counts.relationships} relationships`,
      before: { graphVersion: version - 1 },
      after: { graphVersion: version, mode, ...counts, document: checked.document },
    });
    return counts;
  });
}
