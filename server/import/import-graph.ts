import { appendEvent, type Actor } from "../audit/audit-log.js";
import { NO_FACTS } from "../model/document-rules.js";
import { validateDocument } from "../model/validate.js";
import { badInput } from "../errors.js";
import type { Database } from "../graph/database.js";
import { loadFacts, referencedIds } from "../graph/facts.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { clearGraph, writeDocument, type WriteCounts } from "../graph/write-document.js";

export type ImportMode = "MERGE" | "REPLACE";

/**
 * Validates a document against the graph and writes it, all in one transaction: a refused
 * document writes nothing. MERGE upserts by id (idempotent); REPLACE swaps the whole graph.
 */
export function importGraph(db: Database, raw: unknown, mode: ImportMode, actor: Actor): Promise<WriteCounts> {
  return db.write(async (tx) => {
    const facts = mode === "MERGE" ? await loadFacts(tx, referencedIds(raw)) : NO_FACTS;
    const checked = validateDocument(raw, facts);
    if (!checked.ok) {
      throw badInput(`The document was refused: ${checked.problems.length} problem(s); nothing was written.`, checked.problems);
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
