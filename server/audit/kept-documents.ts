import { createHash, randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import { emptyDocument, type InterchangeDocument } from "../model/document.js";
import { confirmParts, countPartsFrom, deleteStaleParts, discardPendingParts, readParts, writePendingParts } from "./store.js";

/**
 * How the trail holds an imported document: in parts of one list each, so that a document of
 * any size is kept (a national estate's is past the longest string Node or a Neo4j property
 * holds), under an id, with the SHA-256 of the parts in order. The event names the id and the
 * hash, so the hash chain covers the document's content, and reading the parts back checks them.
 * The parts' Cypher is in store.ts.
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

/** A staged part nobody confirmed within this long belongs to an import that died: it goes. */
const STALE_HOURS = 24;

/**
 * Writes the document's parts ahead of the import that keeps them, a few parts a transaction,
 * marked pending: the import's own transaction then holds only the graph's changes, whatever
 * the document's size. The import confirms them (`confirmDocument`) in the transaction that
 * writes its event, or discards them when it fails; parts left pending by a process that died
 * are removed by a later staging. Pending parts are never read: only an event names a document.
 */
export async function stageDocument(db: Database, document: InterchangeDocument): Promise<KeptDocument> {
  await deleteStaleParts(db, STALE_HOURS);
  const id = randomUUID();
  const hash = createHash("sha256");
  let rows: Array<{ index: number; json: string }> = [];
  let parts = 0;
  const flush = async (): Promise<void> => {
    const batch = rows;
    rows = [];
    if (batch.length) await writePendingParts(db, id, batch);
  };
  try {
    for (const part of partsOf(document)) {
      const json = JSON.stringify(part);
      hash.update(json).update("\n");
      rows.push({ index: parts++, json });
      if (rows.length === PARTS_A_STATEMENT) await flush();
    }
    await flush();
  } catch (e) {
    await discardDocument(db, { id, sha256: "", parts });
    throw e;
  }
  return { id, sha256: hash.digest("hex"), parts };
}

/** Keeps staged parts, in the transaction that writes the event naming them; refuses if any went missing. */
export async function confirmDocument(tx: ManagedTransaction, kept: KeptDocument): Promise<void> {
  const parts = await confirmParts(tx, kept.id);
  if (parts !== kept.parts)
    throw new Error(`Document ${kept.id} was staged in ${kept.parts} parts but ${parts} remain; the import was not written.`);
}

/** Removes the parts of a document whose import did not land. */
export async function discardDocument(db: Database, kept: KeptDocument): Promise<void> {
  await discardPendingParts(db, kept.id);
}

/** A kept document that no longer matches its event's hash: an answer about the trail, not a fault. */
export class TamperedDocument extends Error {}

const LISTS = new Set(["organisations", "suppliers", "careServices", "systems", "dataStores", "dependencies", "accesses", "administers"]);

/** A part as stored, or null when it is not one (its text was changed into something else). */
function parsePart(json: unknown): Part | null {
  if (typeof json !== "string") return null;
  try {
    const part = JSON.parse(json) as Partial<Part>;
    return typeof part.list === "string" && LISTS.has(part.list) && Array.isArray(part.entries) ? (part as Part) : null;
  } catch {
    return null;
  }
}

/**
 * The document back from its parts, refused (TamperedDocument, naming the first bad part) if any
 * part was changed, added or removed since: a part is hashed before it is read as JSON.
 */
export async function readKeptDocument(db: Database, kept: KeptDocument): Promise<InterchangeDocument> {
  const document = emptyDocument();
  const hash = createHash("sha256");
  const changed = (what: string): TamperedDocument =>
    new TamperedDocument(
      `The audit trail's copy of document ${kept.id} does not match the hash its event recorded (${what}): it was changed after it was imported.`,
    );
  let parts = 0;
  for (let from = 0; from < kept.parts; from += PARTS_A_STATEMENT) {
    for (const row of await readParts(db, kept.id, from, from + PARTS_A_STATEMENT)) {
      if (row.index !== parts) throw changed(`part ${parts} is missing or doubled`);
      const part = parsePart(row.json);
      if (!part) throw changed(`part ${parts} is not a part of a document`);
      hash.update(row.json as string).update("\n");
      (document[part.list] as unknown[]).push(...part.entries);
      parts++;
    }
  }
  if (parts !== kept.parts) throw changed(`${parts} of its ${kept.parts} parts remain`);
  const extra = await countPartsFrom(db, kept.id, kept.parts);
  if (extra) throw changed(`${extra} part(s) were added after part ${kept.parts - 1}`);
  if (hash.digest("hex") !== kept.sha256) throw changed(`its ${kept.parts} parts hash differently`);
  return document;
}
