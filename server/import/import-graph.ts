import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import { confirmDocument, discardDocument, stageDocument, type KeptDocument } from "../audit/kept-documents.js";
import { badInput } from "../base/errors.js";
import type { Database } from "../graph/database.js";
import { forgetGenerated } from "../graph/bulk-load.js";
import { loadFactsData, NO_FACTS_DATA, referencedIds } from "../graph/facts.js";
import { bumpGraphVersion, readGraphVersion } from "../graph/graph-version.js";
import { nodeRows } from "../graph/rows.js";
import { replaceRelationships } from "../graph/replace-relationships.js";
import { withoutUnchangedNodes } from "../graph/unchanged-nodes.js";
import { deleteUnlisted, findNodes } from "../graph/stored-nodes.js";
import { writeNodes, writeRelationships } from "../graph/write-document.js";
import type { InterchangeDocument } from "../model/document.js";
import type { Problem } from "../model/problems.js";
import { checkEnvelope, untold } from "../model/validate.js";
import { DocumentBytes, StreamedDocument, validateOffThread } from "../model-change/validate-off-thread.js";
import { checkThenWrite, GraphMoved } from "../model-change/graph-moved.js";
import { guardRemoval, removalOf, type Removal } from "./removal-guard.js";
import { checkDocumentScope } from "./document-scope.js";
import { ALL } from "../base/scope.js";

export type ImportMode = "MERGE" | "REPLACE";

interface WriteCounts {
  nodes: number;
  relationships: number;
}

/**
 * Imports an interchange document: its shape first, then the facts of the graph it refers to
 * (read with the graph's version), then the rules, and only then one write transaction, which
 * does no validation: it checks that the graph's version has not moved since the facts were
 * read (if it has, the document is checked again against the new facts), writes, and records
 * the document in the audit trail. A refused document writes nothing. MERGE upserts by id
 * (idempotent); REPLACE swaps the whole graph.
 */
export async function importGraph(db: Database, raw: unknown, mode: ImportMode, actor: Actor, o: ImportOptions = {}): Promise<WriteCounts> {
  // A document still as bytes is parsed, and its envelope checked, off the event loop.
  const envelope = raw instanceof DocumentBytes ? [] : checkEnvelope(raw instanceof StreamedDocument ? raw.value : raw);
  if (envelope.length) throw refused(envelope);
  const say = o.say ?? (() => {});
  return checkThenWrite(
    async () => {
      const c = await checked(db, raw, mode);
      await checkDocumentScope(db, c.document, mode, actor.scope ?? ALL);
      say(`Checked: ${entryCount(c.document).toLocaleString("en-GB")} entries, no problems.`);
      return c;
    },
    async ({ document, version }) => {
      // The document's parts are staged first, so the one transaction holds only the graph's changes.
      const kept = await stageDocument(db, document);
      say(`Document kept in the audit trail (${kept.parts} parts, to be confirmed with the graph); writing the graph in one transaction.`);
      try {
        return await db.write((tx) => write(tx, document, mode, version, { actor, kept, say, confirmRemoval: o.confirmRemoval }), {
          timeoutMs: o.timeoutMs,
        });
      } catch (e) {
        await discardDocument(db, kept).catch(() => {});
        throw e;
      }
    },
  );
}

/** What a REPLACE with this document would do, checked as the import would check it; writes nothing. */
export async function previewReplace(db: Database, raw: unknown): Promise<Removal & { listed: number }> {
  const envelope = raw instanceof DocumentBytes ? [] : checkEnvelope(raw instanceof StreamedDocument ? raw.value : raw);
  if (envelope.length) throw refused(envelope);
  const { document } = await checked(db, raw, "REPLACE");
  const listed = nodeRows(document).flatMap(([, rows]) => rows.map((r) => r.id));
  return db.read(async (tx) => ({ listed: listed.length, ...(await removalOf(tx, (await findNodes(tx, listed)).size)) }));
}

export interface ImportOptions {
  /** Told each step of a long import as it ends. */
  say?: (line: string) => void;
  /** The write transaction's time limit, in place of the database's own. */
  timeoutMs?: number;
  /** The number of nodes a REPLACE that removes more than half the graph removes, confirmed (removal-guard.ts). */
  confirmRemoval?: number | null;
}

function entryCount(document: InterchangeDocument): number {
  return Object.values(document).reduce((n, list: readonly unknown[]) => n + list.length, 0);
}

/** The document validated against the graph as it stands, and the graph version it was checked at. */
async function checked(db: Database, raw: unknown, mode: ImportMode): Promise<{ document: InterchangeDocument; version: number }> {
  let version = await db.read(readGraphVersion);
  // A large document is checked in a thread of its own; the facts it refers to are read here, with the version.
  const result = await validateOffThread(raw, (refs) =>
    db.read(async (tx) => {
      version = await readGraphVersion(tx);
      return mode === "MERGE" ? loadFactsData(tx, refs) : NO_FACTS_DATA;
    }),
  );
  if (!result.ok) {
    const count = result.unchecked ? `${result.total} problem(s) before checking stopped` : `${result.total} problem(s)`;
    throw badInput(`The document was refused: ${count}; nothing was written.`, result.problems, untold(result));
  }
  return { document: result.document, version };
}

interface Keeping {
  actor: Actor;
  /** The document's parts, staged; confirmed with the event. */
  kept: KeptDocument;
  say: (line: string) => void;
  confirmRemoval?: number | null;
}

async function write(
  tx: ManagedTransaction,
  document: InterchangeDocument,
  mode: ImportMode,
  checkedAt: number,
  { actor, kept, say, confirmRemoval }: Keeping,
): Promise<WriteCounts> {
  // Bumping the version first takes the graph's write lock before anything is read: imports
  // queue here, and each resolves ids against the graph as the one before it left it.
  const version = await bumpGraphVersion(tx);
  if (mode === "MERGE" && version - 1 !== checkedAt) throw new GraphMoved();
  const counts = mode === "REPLACE" ? await replaceWith(tx, document, say, confirmRemoval) : await mergeIn(tx, document);
  say(`Graph written: ${counts.nodes.toLocaleString("en-GB")} nodes, ${counts.relationships.toLocaleString("en-GB")} relationships.`);
  // The document itself goes into the trail, whatever its size: the graph at any past time can be rebuilt from it.
  await confirmDocument(tx, kept);
  await appendEvent(tx, actor, {
    action: "graph.import",
    summary: `${mode} import of ${counts.nodes} nodes and ${counts.relationships} relationships`,
    before: { graphVersion: version - 1 },
    after: { graphVersion: version, mode, ...counts, keptDocument: kept },
  });
  return counts;
}

/** Upserts by id: nodes and relationships the document does not mention stay as they are. */
async function mergeIn(tx: ManagedTransaction, doc: InterchangeDocument): Promise<WriteCounts> {
  const stored = await findNodes(tx, referencedIds(doc).ids);
  return { nodes: await writeNodes(tx, doc, stored), relationships: await writeRelationships(tx, doc, stored) };
}

/**
 * Swaps the graph for the document without emptying it first: listed nodes are updated in
 * place where they changed (new ones created), unlisted ones deleted with their relationships,
 * and only the relationships that differ from the document's written or deleted. Only `Node`s and their relationships change: tokens, the audit trail, the register
 * and the rest of `Meta` stay. Work grows with the sizes of the graph and the document, not
 * with their product.
 */
async function replaceWith(
  tx: ManagedTransaction,
  doc: InterchangeDocument,
  say: (line: string) => void,
  confirmRemoval: number | null | undefined,
): Promise<WriteCounts> {
  const listed = new Set(nodeRows(doc).flatMap(([, rows]) => rows.map((r) => r.id)));
  const stored = await findNodes(tx, [...listed]);
  const before = new Map(stored);
  say(`Found ${before.size.toLocaleString("en-GB")} of the ${listed.size.toLocaleString("en-GB")} listed nodes in the graph.`);
  guardRemoval(await removalOf(tx, before.size), confirmRemoval);
  const changed = await withoutUnchangedNodes(tx, doc, before);
  await writeNodes(tx, changed, stored);
  say(
    `Nodes written: ${(before.size - (listed.size - nodeCount(changed))).toLocaleString("en-GB")} changed, ${(listed.size - before.size).toLocaleString("en-GB")} new; the rest were the same.`,
  );
  await deleteUnlisted(tx, listed, { kind: "graph" });
  await forgetGenerated(tx);
  say("Unlisted nodes deleted with their relationships.");
  return { nodes: listed.size, relationships: await replaceRelationships(tx, doc, stored, before) };
}

function nodeCount(doc: InterchangeDocument): number {
  return doc.organisations.length + doc.suppliers.length + doc.careServices.length + doc.systems.length + doc.dataStores.length;
}

function refused(problems: Problem[]) {
  return badInput(`The document was refused: ${problems.length} problem(s); nothing was written.`, problems);
}
