import { GraphQLError } from "graphql";
import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import { badInput } from "../errors.js";
import type { Database } from "../graph/database.js";
import { loadFacts, referencedIds } from "../graph/facts.js";
import { bumpGraphVersion, readGraphVersion } from "../graph/graph-version.js";
import { clearGraph, writeDocument, type WriteCounts } from "../graph/write-document.js";
import type { InterchangeDocument } from "../model/document.js";
import { NO_FACTS } from "../model/document-rules.js";
import { checkEnvelope, validateDocument } from "../model/validate.js";

export type ImportMode = "MERGE" | "REPLACE";

/** Another write changed the graph between reading the facts and writing: check again. */
class GraphMoved extends Error {}
const ATTEMPTS = 3;

/**
 * Imports an interchange document: its shape first, then the facts of the graph it refers to
 * (read with the graph's version), then the rules, and only then one write transaction, which
 * does no validation: it checks that the graph's version has not moved since the facts were
 * read (if it has, the document is checked again against the new facts), writes, and records
 * the document in the audit trail. A refused document writes nothing. MERGE upserts by id
 * (idempotent); REPLACE swaps the whole graph.
 */
export async function importGraph(db: Database, raw: unknown, mode: ImportMode, actor: Actor): Promise<WriteCounts> {
  const envelope = checkEnvelope(raw);
  if (envelope.length) throw refused(envelope);
  for (let attempt = 1; ; attempt++) {
    const { document, version } = await checked(db, raw, mode);
    try {
      return await db.write((tx) => write(tx, document, mode, version, actor));
    } catch (e) {
      if (!(e instanceof GraphMoved) || attempt === ATTEMPTS) throw e instanceof GraphMoved ? busyGraph() : e;
    }
  }
}

/** The document validated against the graph as it stands, and the graph version it was checked at. */
async function checked(db: Database, raw: unknown, mode: ImportMode): Promise<{ document: InterchangeDocument; version: number }> {
  const { facts, version } = await db.read(async (tx) => ({
    version: await readGraphVersion(tx),
    facts: mode === "MERGE" ? await loadFacts(tx, referencedIds(raw)) : NO_FACTS,
  }));
  const result = validateDocument(raw, facts);
  if (!result.ok) throw refused(result.problems);
  return { document: result.document, version };
}

async function write(tx: ManagedTransaction, document: InterchangeDocument, mode: ImportMode, checkedAt: number, actor: Actor): Promise<WriteCounts> {
  if (mode === "MERGE" && (await readGraphVersion(tx)) !== checkedAt) throw new GraphMoved();
  if (mode === "REPLACE") await clearGraph(tx);
  const counts = await writeDocument(tx, document);
  const version = await bumpGraphVersion(tx);
  // The document itself goes into the trail: the graph at any past time can be rebuilt from it.
  await appendEvent(tx, actor, {
    action: "graph.import",
    summary: `${mode} import of ${counts.nodes} nodes and ${counts.relationships} relationships`,
    before: { graphVersion: version - 1 },
    after: { graphVersion: version, mode, ...counts, document },
  });
  return counts;
}

function refused(problems: ReturnType<typeof checkEnvelope>) {
  return badInput(`The document was refused: ${problems.length} problem(s); nothing was written.`, problems);
}

/** Retryable: other writes kept moving the graph under the check. */
function busyGraph(): GraphQLError {
  return new GraphQLError("The graph kept changing while the document was being checked; import it again.", { extensions: { code: "SERVICE_BUSY", retryAfterSeconds: 1 } });
}
