import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { commandLineActor } from "../../server/audit/actors.js";
import { recordBaseline } from "../../server/audit/baseline.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { gql, openDatabase } from "../support/integration.js";
import { cleanUp, loadGraph, node, ORG, P, SET_UP } from "./scope/fixture.js";

// Who did it: every event names the token or the person, the name shown, and the scope.
let db: Database;
let app: App;

beforeAll(async () => {
  db = await openDatabase();
  // Other files change the shared graph directly: the trail records it as it stands first.
  await recordBaseline(db, commandLineActor());
  await loadGraph(db);
  app = createApp({ db, maxRequestBytes: 1024 * 1024 });
});
afterAll(async () => {
  await cleanUp(db);
  await db.close();
});

const EVENT = "actor actorRole actorIssuer actorSubject actorToken actorScope breakGlass action target";
type Event = {
  actor: string;
  actorRole: string;
  actorIssuer: string | null;
  actorSubject: string | null;
  actorToken: string | null;
  actorScope: string[] | null;
  breakGlass: boolean;
  action: string;
};

async function lastEventOf(token: string, name: string): Promise<Event> {
  const r = await gql<{ auditTrail: { events: Event[] } }>(
    app,
    token,
    `query($a: String!) { auditTrail(actor: $a, newestFirst: true, first: 1) { events { ${EVENT} } } }`,
    { a: name },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.auditTrail.events[0]!;
}

const rename = (token: string, name: string) =>
  gql(app, token, "mutation($n: NodeInput!) { updateNode(node: $n) { applied } }", {
    n: { system: { id: node("in", "sys"), name, organisation: ORG.in, kind: "APPLICATION" } },
  });

describe("each audit event records who made the change and under which scope", () => {
  it("a token scoped to one organisation: its name, role and scope", async () => {
    const { token } = await createToken(db, "RISK_MANAGER", `${P}Jo Scoped`, SET_UP, { scope: [ORG.in] });
    const { token: admin } = await createToken(db, "ADMIN", `${P}reader`, SET_UP);
    expect((await rename(token, "Renamed by Jo")).errors).toBeUndefined();
    expect(await lastEventOf(admin, `${P}Jo Scoped`)).toEqual({
      actor: `${P}Jo Scoped`,
      actorRole: "RISK_MANAGER",
      actorIssuer: null,
      actorSubject: null,
      actorToken: `${P}Jo Scoped`,
      actorScope: [ORG.in],
      breakGlass: false,
      action: "graph.change",
      target: node("in", "sys"),
    });
  });

  it("the break-glass: marked, and scoped to all", async () => {
    const { token } = await createToken(db, "ADMIN", `${P}Break Glass`, SET_UP, { breakGlass: true });
    expect((await rename(token, "Renamed in an emergency")).errors).toBeUndefined();
    const e = await lastEventOf(token, `${P}Break Glass`);
    expect(e).toMatchObject({ actorToken: `${P}Break Glass`, actorScope: null, breakGlass: true });
    expect((await gql<{ me: { breakGlass: boolean } }>(app, token, "{ me { breakGlass organisations } }")).data?.me).toEqual({
      breakGlass: true,
      organisations: null,
    });
  });

  it("an auditor scoped to one organisation reads its risks' events, those with nothing before them too", async () => {
    const { token: manager } = await createToken(db, "RISK_MANAGER", `${P}Risk Owner`, SET_UP, { scope: [ORG.in] });
    const { token: auditor } = await createToken(db, "AUDITOR", `${P}Scoped Auditor`, SET_UP, { scope: [ORG.in] });
    const created = await gql(app, manager, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", {
      i: {
        title: "Loss of the scoped system",
        description: "The system is encrypted.",
        threat: "RANSOMWARE",
        scenario: { lost: [node("in", "sys")], compromised: [], hours: 24 },
        likelihood: "MEDIUM",
        owner: `${P}owner`,
        organisation: ORG.in,
        treatment: "TREAT",
        nextReviewDate: "2030-01-01",
      },
    });
    expect(created.errors).toBeUndefined();
    const r = await gql<{ auditTrail: { events: Array<{ action: string; before: unknown; after: { organisation?: string } | null }> } }>(
      app,
      auditor,
      `query($a: String!) { auditTrail(actor: $a, newestFirst: true, first: 5) { events { action before after } } }`,
      { a: `${P}Risk Owner` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditTrail.events[0]).toMatchObject({ action: "risk.create", before: null, after: { organisation: ORG.in } });
    // Events that record no state before them are stored without one, and read as null.
    const recent = await gql<{ auditTrail: { events: Array<{ action: string; before: unknown }> } }>(
      app,
      auditor,
      `{ auditTrail(newestFirst: true, first: 200) { events { action before after } } }`,
    );
    expect(recent.errors).toBeUndefined();
    expect(recent.data!.auditTrail.events.some((e) => e.before === null)).toBe(true);
  });

  it("and the chain still verifies with the new fields hashed", async () => {
    const { token } = await createToken(db, "AUDITOR", `${P}verifier`, SET_UP);
    const r = await gql<{ verifyAuditChain: { ok: boolean; firstBroken: unknown } }>(
      app,
      token,
      "{ verifyAuditChain { ok firstBroken { seq reason } } }",
    );
    expect(r.data?.verifyAuditChain).toEqual({ ok: true, firstBroken: null });
  });

  it("a change to the recorded scope breaks the chain", async () => {
    const { token } = await createToken(db, "AUDITOR", `${P}tamper-check`, SET_UP, { scope: [ORG.in] });
    const seq = await db.read(async (tx) =>
      Number(
        (await tx.run("MATCH (e:AuditEvent) WHERE e.actorName = $n RETURN max(e.seq) AS s", { n: `${P}Jo Scoped` })).records[0]!.get("s"),
      ),
    );
    const original = await db.read(
      async (tx) =>
        (await tx.run("MATCH (e:AuditEvent) WHERE e.seq = $s RETURN e.actorDetail AS d", { s: seq })).records[0]!.get("d") as string,
    );
    try {
      await db.write((tx) =>
        tx.run("MATCH (e:AuditEvent) WHERE e.seq = $s SET e.actorDetail = $d", { s: seq, d: original.replace(ORG.in, ORG.out) }),
      );
      const r = await gql<{ verifyAuditChain: { ok: boolean; firstBroken: { seq: number } } }>(
        app,
        token,
        "{ verifyAuditChain { ok firstBroken { seq } } }",
      );
      expect(r.data?.verifyAuditChain).toEqual({ ok: false, firstBroken: { seq } });
    } finally {
      await db.write((tx) => tx.run("MATCH (e:AuditEvent) WHERE e.seq = $s SET e.actorDetail = $d", { s: seq, d: original }));
    }
  });
});
