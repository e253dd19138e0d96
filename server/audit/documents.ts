import { createHash, randomUUID } from "node:crypto";
import { int, type ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import type { InterchangeDocument } from "../model/document.js";

/**
 * How the trail holds an imported document: in parts of one list each, so that a document of
 * any size is kept (a national estate's is past the longest string Node or a Neo4j property
 * holds), under an id, with the SHA-256 of the parts in order. The event names the id and the
 * hash, so the hash chain covers the document's content, and reading the parts back checks them.
 */
export interface KeptDocument {
  id: string;
  sha256: string;
  parts: number;
}

type ListKey = keyof InterchangeDocument;

/** Entries in one part: a part's JSON stays a few megabytes whatever the document's size. */
const PART_ENTRIES = 20_000;
/** Parts written by one statement. */
const PARTS_A_STATEMENT = 8;

interface Part {
  list: ListKey;
  entries: unknown[];
}

function* partsOf(document: InterchangeDocument): Generator<Part> {
  for (const list of Object.keys(document) as ListKey[]) {
    const entries: readonly unknown[] = document[list];
    for (let i = 0; i < entries.length; i += PART_ENTRIES) yield { list, entries: entries.slice(i, i + PART_ENTRIES) };
  }
}

/** Writes the document's parts in the caller's transaction, beside the event that will name them. */
export async function keepDocument(tx: ManagedTransaction, document: InterchangeDocument): Promise<KeptDocument> {
  const id = randomUUID();
  const hash = createHash("sha256");
  let rows: Array<{ index: ReturnType<typeof int>; json: string }> = [];
  let parts = 0;
  const flush = async (): Promise<void> => {
    if (rows.length) await tx.run("UNWIND $rows AS row CREATE (:AuditDocumentPart {document: $id, index: row.index, json: row.json})", { id, rows });
    rows = [];
  };
  for (const part of partsOf(document)) {
    const json = JSON.stringify(part);
    hash.update(json).update("\n");
    rows.push({ index: int(parts++), json });
    if (rows.length === PARTS_A_STATEMENT) await flush();
  }
  await flush();
  return { id, sha256: hash.digest("hex"), parts };
}

/** The document back from its parts, refused if any part was changed, added or removed since. */
export async function readKeptDocument(db: Database, kept: KeptDocument): Promise<InterchangeDocument> {
  const document: InterchangeDocument = { organisations: [], suppliers: [], careServices: [], systems: [], dataStores: [], dependencies: [], accesses: [], administers: [] };
  const hash = createHash("sha256");
  let parts = 0;
  for (let from = 0; from < kept.parts; from += PARTS_A_STATEMENT) {
    const rows = await db.readOnce(
      "MATCH (p:AuditDocumentPart {document: $id}) WHERE p.index >= $from AND p.index < $to RETURN p.json AS json ORDER BY p.index",
      { id: kept.id, from: int(from), to: int(from + PARTS_A_STATEMENT) },
      (r) => r.get("json") as string,
    );
    for (const json of rows) {
      hash.update(json).update("\n");
      const part = JSON.parse(json) as Part;
      (document[part.list] as unknown[]).push(...part.entries);
      parts++;
    }
  }
  if (parts !== kept.parts || hash.digest("hex") !== kept.sha256) {
    throw new Error(`The audit trail's copy of document ${kept.id} does not match the hash its event recorded: it was changed after it was imported.`);
  }
  return document;
}
