import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmDocument, discardDocument, readKeptDocument, stageDocument, type KeptDocument } from "../../server/audit/kept-documents.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { openDatabase } from "../support/integration.js";

// Imported documents are kept in the trail in parts of 20,000 entries; this one spans three parts of one list.
const DOCUMENT: InterchangeDocument = {
  organisations: [{ id: "kept-org", name: "Kept – Ysbyty Gwynedd", type: "ACUTE_TRUST" }],
  suppliers: [],
  careServices: [],
  systems: [],
  dataStores: [],
  dependencies: [],
  accesses: [],
  administers: Array.from({ length: 45_001 }, (_, i) => ({ from: `kept-a${i}`, to: `kept-b${i}` })),
};

let db: Database;
const kept: KeptDocument[] = [];

beforeAll(async () => {
  db = await openDatabase();
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (p:AuditDocumentPart) WHERE p.document IN $ids DELETE p", { ids: kept.map((k) => k.id) }));
  await db.close();
});

async function stage(): Promise<KeptDocument> {
  const k = await stageDocument(db, DOCUMENT);
  kept.push(k);
  return k;
}

async function keep(): Promise<KeptDocument> {
  const k = await stage();
  await db.write((tx) => confirmDocument(tx, k));
  return k;
}

const partsOf = (k: KeptDocument) =>
  db.readOnce(
    "MATCH (p:AuditDocumentPart {document: $id}) RETURN p.pending AS pending",
    { id: k.id },
    (r) => r.get("pending") as boolean | null,
  );

describe("documents kept in the audit trail", () => {
  it("are read back whole and in order, whatever their size", async () => {
    const k = await keep();
    expect(k.parts).toBe(1 + 3);
    expect(await readKeptDocument(db, k)).toEqual(DOCUMENT);
  });

  it("are refused when a part was changed, removed or added after the import", async () => {
    const changed = await keep();
    await db.write((tx) =>
      tx.run("MATCH (p:AuditDocumentPart {document: $id, index: 2}) SET p.json = replace(p.json, 'kept-a2', 'kept-aX')", {
        id: changed.id,
      }),
    );
    await expect(readKeptDocument(db, changed)).rejects.toThrow(/does not match the hash/);

    const removed = await keep();
    await db.write((tx) => tx.run("MATCH (p:AuditDocumentPart {document: $id, index: 3}) DELETE p", { id: removed.id }));
    await expect(readKeptDocument(db, removed)).rejects.toThrow(/does not match the hash/);

    const added = await keep();
    await db.write((tx) =>
      tx.run('CREATE (:AuditDocumentPart {document: $id, index: 1, json: \'{"list":"systems","entries":[]}\'})', { id: added.id }),
    );
    await expect(readKeptDocument(db, added)).rejects.toThrow(/does not match the hash/);
  });

  it("are staged pending, kept by the import's confirmation, and discarded when the import fails", async () => {
    const confirmed = await keep();
    expect(await partsOf(confirmed)).toEqual([null, null, null, null]);
    await discardDocument(db, confirmed);
    expect(await readKeptDocument(db, confirmed)).toEqual(DOCUMENT);

    const failed = await stage();
    expect(await partsOf(failed)).toEqual([true, true, true, true]);
    await discardDocument(db, failed);
    expect(await partsOf(failed)).toEqual([]);
  });

  it("refuse a confirmation when a staged part went missing, and sweep parts left pending for a day", async () => {
    const lost = await stage();
    await db.write((tx) => tx.run("MATCH (p:AuditDocumentPart {document: $id, index: 0}) DELETE p", { id: lost.id }));
    await expect(db.write((tx) => confirmDocument(tx, lost))).rejects.toThrow(/staged in 4 parts but 3 remain/);
    expect(await partsOf(lost)).toEqual([true, true, true]);

    await db.write((tx) =>
      tx.run("MATCH (p:AuditDocumentPart {document: $id}) SET p.stagedAt = datetime() - duration({hours: 25})", { id: lost.id }),
    );
    const fresh = await stage();
    expect(await partsOf(lost)).toEqual([]);
    expect(await partsOf(fresh)).toHaveLength(4);
  });
});
