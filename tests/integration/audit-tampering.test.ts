import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dirname, join } from "node:path";
import type { App } from "../../server/app.js";
import { commandLineActor } from "../../server/audit/actors.js";
import { auditKey, useAuditKeyFile } from "../../server/audit/audit-key.js";
import { recordBaseline } from "../../server/audit/baseline.js";
import { databaseId, readHeads, signHead } from "../../server/audit/heads-file.js";
import { verifyChain } from "../../server/history/verify.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase, idPrefix } from "../support/integration.js";
import { liveTamperings } from "../support/live-tamperings.js";
import { trailTamperings, type Fixture, type Tampering } from "../support/tamperings.js";
import { rechained, snapshotTrail, writeTrail } from "../support/trail-tampering.js";

// Every tampering is made straight over Bolt, as whoever holds only the database's password could.
const P = idPrefix("t");
let db: Database;
let manager: { app: App; token: string };
let fixture: Fixture;
let tamperings: Tampering[] = [];
const detected: string[] = [];

const IMPORT = "mutation($d: JSON!) { importGraph(document: $d) { nodes } }";
const doc = {
  organisations: [
    { id: `${P}org`, name: "Tamper Trust", type: "ACUTE_TRUST" },
    { id: `${P}spare`, name: "Spare organisation", type: "OTHER" },
  ],
  careServices: [{ id: `${P}svc`, name: "Emergency care", organisation: `${P}org`, severity: "CATASTROPHIC", patientsPerDay: 100 }],
  systems: [{ id: `${P}sys`, name: "EPR", organisation: `${P}org`, kind: "APPLICATION" }],
  dataStores: [{ id: `${P}db`, name: "EPR store", organisation: `${P}org`, records: 1000, sensitivity: "T3" }],
  dependencies: [{ from: `${P}svc`, to: `${P}sys`, effect: "FAILS" }],
  accesses: [{ system: `${P}sys`, dataStore: `${P}db` }],
};

async function headRecorded(seq: number): Promise<void> {
  const id = await databaseId(db);
  for (let k = 0; k < 100 && !readHeads(auditKey(), id).heads.some((h) => h.seq === seq); k++) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  db = await openDatabase();
  manager = await appWithToken(db, "RISK_MANAGER");
  // Other test files change the shared graph directly; the trail records it as it stands first.
  await recordBaseline(db, commandLineActor());
  expect((await gql(manager.app, manager.token, IMPORT, { d: doc })).errors).toBeUndefined();
  const risk = {
    title: "EPR outage",
    threat: "RANSOMWARE",
    scenario: { lost: [`${P}sys`], compromised: [], hours: 24 },
    likelihood: "MEDIUM",
    owner: `${P}owner`,
    organisation: `${P}org`,
    treatment: "TREAT",
    nextReviewDate: "2030-01-01",
  };
  const created = await gql<{ createRisk: { id: string } }>(
    manager.app,
    manager.token,
    "mutation($i: RiskInput!) { createRisk(input: $i) { id } }",
    { i: risk },
  );
  expect(created.errors).toBeUndefined();
  const older = await snapshotTrail(db);
  expect((await verifyChain(db)).ok).toBe(true);
  // One event after the last verification: only the heads recorded after each write cover it.
  await appWithToken(db, "BOARD");
  const clean = await snapshotTrail(db);
  await headRecorded(clean.events.at(-1)!.seq);
  const imported = clean.events.findLast((e) => e.action === "graph.import")!;
  const kept = (JSON.parse(imported.after!) as { keptDocument: { id: string } }).keptDocument;
  fixture = {
    db,
    clean,
    older,
    ids: {
      spare: `${P}spare`,
      system: `${P}sys`,
      store: `${P}db`,
      from: `${P}svc`,
      to: `${P}sys`,
      risk: created.data!.createRisk.id,
      document: kept.id,
    },
  };
  tamperings = [...trailTamperings(fixture), ...(await liveTamperings(fixture))];
});

afterAll(async () => {
  console.log(`Tamperings detected: ${detected.length}/${tamperings.length}`);
  await manager.app.close();
  await db.close();
});

describe("tampering over Bolt, with the audit key and the heads file outside the database", () => {
  it("has at least 27 kinds to try, and the untouched trail verifies", async () => {
    expect(tamperings.length).toBeGreaterThanOrEqual(27);
    expect(await verifyChain(db)).toMatchObject({ ok: true, firstBroken: null });
  });

  it("prints the verified head in the board report, signed with the key outside the database", async () => {
    const head = (await verifyChain(db)).head!;
    const res = await manager.app.fetch(new Request("http://x/report.json", { headers: { authorization: `Bearer ${manager.token}` } }));
    expect(res.status).toBe(200);
    const printed = ((await res.json()) as { auditHead: { seq: number; hash: string; at: string; signature: string } }).auditHead;
    expect(printed).toMatchObject(head);
    expect(printed.signature).toBe(
      signHead(auditKey(), await databaseId(db), { seq: head.seq, hash: head.hash, at: printed.at, verified: true }),
    );
  });

  it("detects every one, and verifies again once it is undone", async () => {
    const missed: string[] = [];
    for (const t of tamperings) {
      await t.tamper();
      const r = await verifyChain(db, t.known ?? null);
      await t.undo();
      if (r.ok || !r.firstBroken) missed.push(t.name);
      else detected.push(`${t.name}: event ${r.firstBroken.seq}, ${r.firstBroken.reason}`);
      const again = await verifyChain(db);
      expect(again.firstBroken, `after undoing "${t.name}"`).toBeNull();
    }
    expect(missed).toEqual([]);
  });

  it("answers a tampered document part as a tampered trail, never an internal error", async () => {
    const tampering = tamperings.find((t) => t.name === "make a stored document part another list")!;
    await tampering.tamper();
    try {
      const r = await gql(manager.app, manager.token, "query($t: DateTime) { exportGraph(asOf: $t) }", { t: new Date().toISOString() });
      expect(r.errors?.[0]?.extensions?.code).toBe("AUDIT_TRAIL_TAMPERED");
      const v = await verifyChain(db);
      expect(v.ok).toBe(false);
      expect(v.firstBroken!.reason).toMatch(/part 0 is not a part of a document/);
    } finally {
      await tampering.undo();
    }
  });

  it("still verifies a trail written before the key, and keys every event after it", async () => {
    const keyFile = process.env.AUDIT_KEY_FILE!;
    // A machine that had no key or heads file yet: the trail's events all have plain hashes.
    useAuditKeyFile(join(dirname(keyFile), `legacy-${P}`, "audit.key"));
    try {
      const plain = rechained(fixture.clean.events, 0);
      await writeTrail(db, { events: plain, anchors: [], head: { seq: plain.at(-1)!.seq, hash: plain.at(-1)!.hash } });
      expect(await verifyChain(db)).toMatchObject({ ok: true, events: plain.length });
      await appWithToken(db, "AUDITOR");
      const after = await snapshotTrail(db);
      expect(after.events.at(-1)).toMatchObject({ seq: plain.length + 1, v: 2, prevHash: plain.at(-1)!.hash });
      expect(await verifyChain(db)).toMatchObject({ ok: true, events: plain.length + 1 });
    } finally {
      useAuditKeyFile(keyFile);
      await writeTrail(db, fixture.clean);
    }
    expect((await verifyChain(db)).ok).toBe(true);
  });
});
