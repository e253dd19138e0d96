import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import { commandLineActor } from "../../server/audit/actors.js";
import { recordBaseline } from "../../server/audit/baseline.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase, idPrefix, importDocument, closeRemoving } from "../support/integration.js";
import { int } from "neo4j-driver";
import type { AuditEvent } from "../../server/audit/audit-log.js";
import { eventHash } from "../../server/audit/chain.js";
import { createToken } from "../../server/auth/tokens.js";
import { readKeptDocument, type KeptDocument } from "../../server/audit/kept-documents.js";

const P = idPrefix("u");
let db: Database;
let admin: { app: App; token: string };
let auditor: { app: App; token: string };
let board: { app: App; token: string };

type Trail = {
  auditTrail: {
    events: Array<{
      seq: number;
      action: string;
      actor: string;
      actorRole: string;
      summary: string;
      after: { keptDocument?: KeptDocument; mode?: string } | null;
      prevHash: string;
      hash: string;
    }>;
    nextAfterSeq: number | null;
  };
};
const TRAIL = `query($action: String, $after: Int, $first: Int) { auditTrail(action: $action, afterSeq: $after, first: $first) {
  events { seq action actor actorRole summary after prevHash hash } nextAfterSeq } }`;

beforeAll(async () => {
  db = await openDatabase();
  // Other test files change the shared graph directly; the trail records it as it stands first.
  await recordBaseline(db, commandLineActor());
  admin = await appWithToken(db, "RISK_MANAGER");
  auditor = await appWithToken(db, "AUDITOR");
  board = await appWithToken(db, "BOARD");
});
afterAll(() => closeRemoving(db, P));

describe("the audit trail", () => {
  it("records an import with who, when, what, and the document itself, in the same transaction", async () => {
    const doc = withPrefix(loadJson("seed/worked-example.json"), P);
    const r = await importDocument(admin.app, admin.token, doc);
    expect(r.errors).toBeUndefined();
    let last: Trail["auditTrail"]["events"][number] | undefined;
    for (let after = 0; ;) {
      const page = await gql<Trail>(auditor.app, auditor.token, TRAIL, { action: "graph.import", after, first: 50 });
      expect(page.errors).toBeUndefined();
      last = page.data!.auditTrail.events.at(-1) ?? last;
      if (page.data!.auditTrail.nextAfterSeq === null) break;
      after = page.data!.auditTrail.nextAfterSeq;
    }
    expect(last).toMatchObject({ action: "graph.import", actor: "test-risk_manager", actorRole: "RISK_MANAGER" });
    expect(last!.summary).toMatch(/MERGE import of 14 nodes and 29 relationships/);
    // The document is kept beside the event, which names it by id and hash.
    const kept = last!.after!.keptDocument!;
    expect(kept).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), parts: expect.any(Number) });
    expect(JSON.stringify(await readKeptDocument(db, kept))).toContain(`${P}sys-epr`);
  });

  it("records nothing for a refused document", async () => {
    const before = await gql<Trail>(auditor.app, auditor.token, TRAIL, { first: 1000 });
    const refused = await gql(admin.app, admin.token, 'mutation { importGraph(document: { systems: [{ id: "x" }] }) { nodes } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const after = await gql<Trail>(auditor.app, auditor.token, TRAIL, { first: 1000 });
    expect(after.data!.auditTrail.events.length).toBe(before.data!.auditTrail.events.length);
  });

  it("is for ADMIN and AUDITOR only", async () => {
    expect((await gql(board.app, board.token, TRAIL, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(admin.app, admin.token, "{ verifyAuditChain { ok } }")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("reads newest first, paged back with beforeSeq, by part of the actor's name or of the target", async () => {
    const { info } = await createToken(db, "BOARD", `${P}reader`, { name: `${P}Set-Up Desk`, role: "ADMIN" });
    type Page = {
      auditTrail: {
        events: Array<{ seq: number; actor: string; target: string | null }>;
        nextAfterSeq: number | null;
        nextBeforeSeq: number | null;
      };
    };
    const NEWEST = `query($before: Int, $actor: String, $target: String) { auditTrail(newestFirst: true, beforeSeq: $before, actor: $actor, targetContains: $target, first: 2) {
      events { seq actor target } nextAfterSeq nextBeforeSeq } }`;
    const first = (await gql<Page>(auditor.app, auditor.token, NEWEST, {})).data!.auditTrail;
    const [a, b] = first.events;
    expect(a!.seq).toBeGreaterThan(b!.seq);
    expect(first).toMatchObject({ nextAfterSeq: null, nextBeforeSeq: b!.seq });
    const older = (await gql<Page>(auditor.app, auditor.token, NEWEST, { before: first.nextBeforeSeq })).data!.auditTrail;
    expect(older.events.map((e) => e.seq)).toEqual([b!.seq - 1, b!.seq - 2]);

    const byActor = (await gql<Page>(auditor.app, auditor.token, NEWEST, { actor: `${P}set-up DESK` })).data!.auditTrail;
    expect(byActor.events).toEqual([{ seq: expect.any(Number), actor: `${P}Set-Up Desk`, target: info.id }]);
    expect(byActor.nextBeforeSeq).toBeNull();
    const byTarget = (await gql<Page>(auditor.app, auditor.token, NEWEST, { target: info.id.slice(4, 20).toUpperCase() })).data!.auditTrail;
    expect(byTarget.events.map((e) => e.target)).toEqual([info.id]);
  });

  it("chains each event to the one before, and the chain verifies", async () => {
    const page = await gql<Trail>(auditor.app, auditor.token, TRAIL, { first: 1000 });
    const events = page.data!.auditTrail.events;
    expect(events.length).toBeGreaterThan(2);
    for (let k = 1; k < events.length; k++) {
      expect(events[k]!.seq).toBe(events[k - 1]!.seq + 1);
      expect(events[k]!.prevHash).toBe(events[k - 1]!.hash);
    }
    const v = await gql<{ verifyAuditChain: { ok: boolean; events: number; firstBroken: null } }>(
      auditor.app,
      auditor.token,
      "{ verifyAuditChain { ok events firstBroken { seq reason } } }",
    );
    expect(v.data!.verifyAuditChain).toMatchObject({ ok: true, firstBroken: null });
  });

  it("detects an event changed behind the API's back, and names it", async () => {
    const seq = await db.read(
      async (tx) => (await tx.run("MATCH (e:AuditEvent) RETURN min(e.seq) + 1 AS s")).records[0]!.get("s") as number,
    );
    const original = await db.read(
      async (tx) => (await tx.run("MATCH (e:AuditEvent {seq: $s}) RETURN e.summary AS v", { s: seq })).records[0]!.get("v") as string,
    );
    try {
      await db.write((tx) => tx.run("MATCH (e:AuditEvent {seq: $s}) SET e.summary = 'nothing happened here'", { s: seq }));
      const v = await gql<{ verifyAuditChain: { ok: boolean; firstBroken: { seq: number; reason: string } } }>(
        auditor.app,
        auditor.token,
        "{ verifyAuditChain { ok firstBroken { seq reason } } }",
      );
      expect(v.data!.verifyAuditChain.ok).toBe(false);
      expect(v.data!.verifyAuditChain.firstBroken.seq).toBe(seq);
      expect(v.data!.verifyAuditChain.firstBroken.reason).toMatch(/changed after it was written/);
    } finally {
      await db.write((tx) => tx.run("MATCH (e:AuditEvent {seq: $s}) SET e.summary = $v", { s: seq, v: original }));
    }
    const again = await gql<{ verifyAuditChain: { ok: boolean } }>(auditor.app, auditor.token, "{ verifyAuditChain { ok } }");
    expect(again.data!.verifyAuditChain.ok).toBe(true);
  });

  it("keeps appends in one chain when changes race", async () => {
    const docs = Array.from({ length: 6 }, (_, k) => ({ organisations: [{ id: `${P}race-${k}`, name: `Race ${k}`, type: "OTHER" }] }));
    const results = await Promise.all(docs.map((d) => importDocument(admin.app, admin.token, d)));
    results.forEach((r) => expect(r.errors).toBeUndefined());
    const v = await gql<{ verifyAuditChain: { ok: boolean } }>(auditor.app, auditor.token, "{ verifyAuditChain { ok } }");
    expect(v.data!.verifyAuditChain.ok).toBe(true);
  });

  it("anchors each verified head: a rewritten or deleted newest event no longer verifies", async () => {
    type Verified = {
      verifyAuditChain: {
        ok: boolean;
        firstBroken: { seq: number; reason: string } | null;
        head: { seq: number; hash: string } | null;
        containsKnownHead: boolean | null;
      };
    };
    const VERIFY =
      "query($k: ChainHeadInput) { verifyAuditChain(knownHead: $k) { ok firstBroken { seq reason } head { seq hash } containsKnownHead } }";
    const verify = async (k: { seq: number; hash: string } | null = null) =>
      (await gql<Verified>(auditor.app, auditor.token, VERIFY, { k })).data!.verifyAuditChain;
    const newest = () =>
      db.read(
        async (tx) =>
          (await tx.run("MATCH (e:AuditEvent) RETURN properties(e) AS e ORDER BY e.seq DESC LIMIT 1")).records[0]!.get("e") as AuditEvent,
      );
    const setHead = (seq: number, hash: string) =>
      db.write((tx) => tx.run("MATCH (h:Meta {key: 'audit'}) SET h.seq = $seq, h.hash = $hash", { seq: int(seq), hash }));

    const first = await verify();
    expect(first).toMatchObject({ ok: true, containsKnownHead: null });
    const head = first.head!;
    const original = await newest();
    expect(head).toEqual({ seq: original.seq, hash: original.hash });

    // The newest event's summary changed and its hash recomputed, the head node updated to match.
    const forged = { ...original, summary: `${original.summary} (edited)` };
    forged.hash = eventHash(forged);
    await db.write((tx) =>
      tx.run("MATCH (e:AuditEvent {seq: $seq}) SET e.summary = $summary, e.hash = $hash", {
        seq: int(forged.seq),
        summary: forged.summary,
        hash: forged.hash,
      }),
    );
    await setHead(forged.seq, forged.hash);
    try {
      const v = await verify(head);
      expect(v).toMatchObject({ ok: false, containsKnownHead: false, firstBroken: { seq: original.seq } });
      expect(v.firstBroken!.reason).toMatch(/rewritten/);
    } finally {
      await db.write((tx) =>
        tx.run("MATCH (e:AuditEvent {seq: $seq}) SET e.summary = $summary, e.hash = $hash", {
          seq: int(original.seq),
          summary: original.summary,
          hash: original.hash,
        }),
      );
      await setHead(original.seq, original.hash);
    }
    expect(await verify(head)).toMatchObject({ ok: true, containsKnownHead: true });

    // A further event is verified, then deleted with the head node set back.
    expect(
      (await importDocument(admin.app, admin.token, { organisations: [{ id: `${P}late`, name: "Late", type: "OTHER" }] })).errors,
    ).toBeUndefined();
    const later = await verify();
    const removed = await newest();
    expect(later.head!.seq).toBe(removed.seq);
    await db.write((tx) => tx.run("MATCH (e:AuditEvent {seq: $seq}) DELETE e", { seq: int(removed.seq) }));
    await setHead(original.seq, original.hash);
    try {
      const v = await verify(later.head);
      expect(v).toMatchObject({ ok: false, containsKnownHead: false });
      expect(v.firstBroken!.reason).toMatch(new RegExp(`verified up to event ${removed.seq}`));
    } finally {
      await db.write((tx) => tx.run("CREATE (e:AuditEvent) SET e = $e", { e: { ...removed, seq: int(removed.seq) } }));
      await setHead(removed.seq, removed.hash);
    }
    expect(await verify(later.head)).toMatchObject({ ok: true, containsKnownHead: true });
  });
});
