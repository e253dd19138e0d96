import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, type App } from "../../server/app.js";
import type { Role } from "../../server/auth/roles.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import type { AuditEvent } from "../../server/audit/audit-log.js";
import { auditKey } from "../../server/audit/audit-key.js";
import { keyedEventHash } from "../../server/audit/chain.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { gql, openDatabase, idPrefix, removeWithPrefix, importDocument } from "../support/integration.js";
import { changeRisk } from "../../server/register/risk-store.js";
import { runImportCommand } from "../support/import-command.js";

const P = idPrefix("a");
const id = (s: string): string => `${P}${s}`;
let db: Database;
let app: App;
const tokens: Record<string, string> = {};
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const ACC =
  "id state justification expires proposedBy decidedBy note reason lapsedAtGraphVersion snapshot { rating consequence harm graphVersion profile }";
type Acc = {
  id: string;
  state: string;
  decidedBy: string | null;
  note: string | null;
  reason: string | null;
  lapsedAtGraphVersion: number | null;
  snapshot: { rating: number; harm: number; graphVersion: number; profile: string } | null;
};

async function person(name: string, role: Role): Promise<void> {
  tokens[name] = (await createToken(db, role, name, { name: "test set-up", role: "ADMIN" })).token;
}
const riskInput = (over: Record<string, unknown> = {}) => ({
  title: `${P}LIMS ransomware`,
  threat: "RANSOMWARE",
  scenario: { lost: [id("sys-lims")], compromised: [], hours: 24 },
  likelihood: "MEDIUM",
  owner: "Pat Owner",
  organisation: id("org-a"),
  treatment: "TOLERATE",
  nextReviewDate: day(60),
  ...over,
});
async function newRisk(over: Record<string, unknown> = {}): Promise<string> {
  const r = await gql<{ createRisk: { id: string } }>(app, tokens.Pat!, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", {
    i: riskInput(over),
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createRisk.id;
}
const propose = (who: string, risk: string, expires = day(180)) =>
  gql<{ proposeAcceptance: Acc }>(
    app,
    tokens[who]!,
    `mutation($r: ID!, $e: String!) { proposeAcceptance(risk: $r, justification: "Backups restore in four hours; tested in March.", expires: $e) { ${ACC} } }`,
    { r: risk, e: expires },
  );
const decideAs = (who: string, acc: string, accept = true) =>
  gql<{ decideAcceptance: Acc }>(
    app,
    tokens[who]!,
    `mutation($a: ID!, $y: Boolean!) { decideAcceptance(id: $a, accept: $y, note: "Within appetite.") { ${ACC} } }`,
    { a: acc, y: accept },
  );
const current = async (risk: string, on: App = app): Promise<{ acceptance: Acc | null; acceptances: Acc[] }> =>
  (
    await gql<{ risk: { acceptance: Acc | null; acceptances: Acc[] } }>(
      on,
      tokens.Pat!,
      `query($r: ID!) { risk(id: $r) { acceptance { ${ACC} } acceptances { ${ACC} } } }`,
      { r: risk },
    )
  ).data!.risk;
const events = async (risk: string): Promise<Array<{ action: string; summary: string }>> =>
  (
    await db.read((tx) =>
      tx.run("MATCH (e:AuditEvent {target: $t}) RETURN e.action AS action, e.summary AS summary ORDER BY e.seq", { t: risk }),
    )
  ).records.map((r) => ({ action: r.get("action") as string, summary: r.get("summary") as string }));

const lapseEvents = async (risks: string[]): Promise<AuditEvent[]> =>
  (
    await db.read((tx) =>
      tx.run("MATCH (e:AuditEvent {action: 'risk.acceptance-lapsed'}) WHERE e.target IN $t RETURN properties(e) AS e", { t: risks }),
    )
  ).records.map((r) => {
    const e = r.get("e") as AuditEvent & { seq: unknown; v: unknown };
    return { ...e, seq: Number(e.seq), v: Number(e.v) };
  });

const edService = (perDay: number) => ({
  id: id("svc-ed"),
  name: "Emergency department",
  organisation: id("org-a"),
  severity: "CATASTROPHIC",
  patientsPerDay: perDay,
  impactToleranceHours: 4,
  workaround: { capacity: 0.5, sustainableHours: 12 },
});
const outpatients = (severity: string) => ({
  id: id("svc-outpatients"),
  name: "Outpatient clinics",
  organisation: id("org-a"),
  severity,
  patientsPerDay: 960,
  impactToleranceHours: 24,
  workaround: { capacity: 0.25, sustainableHours: 72 },
});
async function setService(careService: Record<string, unknown>): Promise<void> {
  const r = await gql(app, tokens.Pat!, "mutation($n: NodeInput!) { updateNode(node: $n) { applied } }", { n: { careService } });
  expect(r.errors).toBeUndefined();
  await app.lapses.idle();
}
const setPatients = (perDay: number): Promise<void> => setService(edService(perDay));

/** An acceptance changed as time would change it (its expiry brought forward), written straight to the register. */
async function expireOn(risk: string, expires: string): Promise<void> {
  await changeRisk(db, { name: "test set-up", role: "ADMIN" }, risk, "risk.update", (before) => ({
    ...before!,
    acceptances: (before!.acceptances ?? []).map((a, k, all) => (k === all.length - 1 ? { ...a, expires } : a)),
  }));
}
const report = async (who: string): Promise<Array<{ kind: string; title: string; owner: string; detail: string }>> => {
  const res = await app.fetch(new Request("http://x/report.json", { headers: { authorization: `Bearer ${tokens[who]!}` } }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { decisions: Array<{ kind: string; title: string; owner: string; detail: string }> }).decisions;
};

beforeAll(async () => {
  db = await openDatabase();
  app = createApp({ db, maxRequestBytes: 64 * 1024 * 1024 });
  await person("Pat", "RISK_MANAGER");
  await person("Ada", "ADMIN");
  await person("Bo", "BOARD");
  await person("Cy", "BOARD");
  const r = await importDocument(app, tokens.Pat!, withPrefix(loadJson("seed/worked-example.json"), P));
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await app.close();
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.title STARTS WITH $p DELETE k", { p: P }));
  await removeWithPrefix(db, P);
  await db.close();
});

describe("risk acceptance", () => {
  it("refuses an expiry in the past or beyond 12 months, naming the date to choose, and writes nothing", async () => {
    const risk = await newRisk();
    const before = await events(risk);
    for (const [expires, says] of [
      [day(-1), "is not in the future"],
      [day(0), "is not in the future"],
      [day(400), "more than 12 months on"],
    ] as const) {
      const r = await propose("Pat", risk, expires);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message).toContain(says);
      expect(r.errors?.[0]?.message).toMatch(/choose a date/);
    }
    expect((await current(risk)).acceptances).toEqual([]);
    expect(await events(risk)).toEqual(before);
  });

  it("proposes, refuses a second proposal and a decision without risk:accept or by the proposer, then accepts with a snapshot", async () => {
    const risk = await newRisk();
    const p = await propose("Pat", risk);
    expect(p.errors).toBeUndefined();
    expect(p.data!.proposeAcceptance).toMatchObject({ state: "PROPOSED", proposedBy: "Pat", snapshot: null });
    const acc = p.data!.proposeAcceptance.id;
    expect((await propose("Pat", risk)).errors?.[0]?.message).toContain("waiting for a decision");
    expect((await decideAs("Pat", acc)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const own = await newRisk();
    const mine = (await propose("Ada", own)).data!.proposeAcceptance.id;
    const ownEvents = await events(own);
    const refused = await decideAs("Ada", mine);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("cannot decide it: another person who may accept risks must");
    expect((await current(own)).acceptance?.state).toBe("PROPOSED");
    expect(await events(own)).toEqual(ownEvents);

    const d = await decideAs("Bo", acc);
    expect(d.errors).toBeUndefined();
    expect(d.data!.decideAcceptance).toMatchObject({
      state: "ACCEPTED",
      decidedBy: "Bo",
      note: "Within appetite.",
      snapshot: { rating: 4, profile: "default" },
    });
    expect(d.data!.decideAcceptance.snapshot!.harm).toBeGreaterThan(0);
    expect((await decideAs("Cy", acc)).errors?.[0]?.message).toContain("is accepted, not waiting for a decision");
    expect((await events(risk)).map((e) => e.action)).toEqual(["risk.create", "risk.acceptance-proposed", "risk.acceptance-accepted"]);
  });

  it("lets exactly one of two people deciding at once stand", async () => {
    const risk = await newRisk();
    const acc = (await propose("Pat", risk)).data!.proposeAcceptance.id;
    const [a, b] = await Promise.all([decideAs("Bo", acc, true), decideAs("Cy", acc, false)]);
    const won = [a, b].filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect([a, b].find((r) => r.errors)?.errors?.[0]?.message).toMatch(/is (accepted|rejected), not waiting for a decision/);
    const stands = (await current(risk)).acceptance!;
    expect(stands.decidedBy).toBe(won[0]!.data!.decideAcceptance.decidedBy);
    expect(
      (await events(risk)).filter((e) => e.action.startsWith("risk.acceptance-") && e.action !== "risk.acceptance-proposed"),
    ).toHaveLength(1);
  });

  it("rejects, revokes, and refuses a revocation of what is not accepted", async () => {
    const risk = await newRisk();
    const first = (await propose("Pat", risk)).data!.proposeAcceptance.id;
    expect((await decideAs("Bo", first, false)).data!.decideAcceptance.state).toBe("REJECTED");
    const second = (await propose("Pat", risk)).data!.proposeAcceptance.id;
    await decideAs("Bo", second);
    const revoke = (who: string) =>
      gql<{ revokeAcceptance: Acc }>(
        app,
        tokens[who]!,
        `mutation($a: ID!) { revokeAcceptance(id: $a, note: "Supplier left the framework.") { ${ACC} } }`,
        { a: second },
      );
    expect((await revoke("Pat")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const r = await revoke("Cy");
    expect(r.data!.revokeAcceptance).toMatchObject({ state: "REVOKED", reason: "Revoked by Cy: Supplier left the framework." });
    expect((await revoke("Cy")).errors?.[0]?.message).toContain("is revoked, not standing");
    expect((await current(risk)).acceptances.map((a) => a.state)).toEqual(["REJECTED", "REVOKED"]);
    expect((await events(risk)).map((e) => e.action).slice(-1)).toEqual(["risk.acceptance-revoked"]);
  });

  it("refuses a risk rated 5 with the reason, and a deleted risk, writing nothing", async () => {
    const five = await newRisk({ likelihood: "HIGH" });
    const r = await propose("Pat", five);
    expect(r.errors?.[0]?.message).toContain("residual rating of 5 (unacceptable) and cannot be accepted: add controls");
    expect((await current(five)).acceptances).toEqual([]);
    const gone = await newRisk();
    await gql(app, tokens.Pat!, "mutation($r: ID!) { deleteRisk(id: $r) }", { r: gone });
    const d = await propose("Pat", gone);
    expect(d.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(d.errors?.[0]?.message).toContain("not in the register (it may have been deleted): choose a risk that is");
    expect((await events(gone)).map((e) => e.action)).toEqual(["risk.create", "risk.delete"]);
  });

  it("lists what waits for the board, with each owner, in the board report", async () => {
    const risk = await newRisk({ title: `${P}Loss of the shared HSCN link`, owner: "Head of networks", nextReviewDate: day(-2) });
    await propose("Pat", risk);
    const res = await app.fetch(new Request("http://x/report.json", { headers: { authorization: `Bearer ${tokens.Bo!}` } }));
    expect(res.status).toBe(200);
    const report = (await res.json()) as { decisions: Array<{ kind: string; title: string; owner: string; detail: string }> };
    const mine = report.decisions.filter((d) => d.title === `${P}Loss of the shared HSCN link`);
    expect(mine.map((d) => d.kind)).toEqual(["WAITING", "OVERDUE"]);
    expect(mine[0]).toMatchObject({
      owner: "Head of networks",
      detail: expect.stringMatching(/^Acceptance proposed by Pat on \d{1,2} [A-Z][a-z]+ \d{4}, until .*: waiting for a decision\.$/),
    });
  });

  it("keeps an acceptance when a model change lowers the harm, and lapses it when one raises it", async () => {
    const risk = await newRisk();
    const other = await newRisk({ title: `${P}LIMS outage`, likelihood: "LOW" });
    await decideAs("Bo", (await propose("Pat", risk)).data!.proposeAcceptance.id);
    await decideAs("Bo", (await propose("Pat", other)).data!.proposeAcceptance.id);
    await setPatients(120);
    expect((await current(risk)).acceptance?.state).toBe("ACCEPTED");
    await setPatients(2400);
    expect((await current(other)).acceptance?.state).toBe("LAPSED");
    const lapsed = (await current(risk)).acceptance!;
    expect(lapsed.state).toBe("LAPSED");
    expect(lapsed.lapsedAtGraphVersion).toBeGreaterThan(lapsed.snapshot!.graphVersion);
    expect(lapsed.reason).toMatch(/^graph version \d+ \(.*, by Pat\): harm rose from [\d,.]+ to [\d,.]+ \(\+\d+ %\), more than 25 %$/);
    const last = (await events(risk)).at(-1)!;
    expect(last.action).toBe("risk.acceptance-lapsed");
    expect(last.summary).toContain(`graph version ${lapsed.lapsedAtGraphVersion}`);
    // Both lapses of that version were written together: one after the other in the chain, each keyed and linked.
    const written = await lapseEvents([risk, other]);
    expect(written.map((e) => e.seq).sort((a, b) => a - b)).toEqual([written[0]!.seq, written[0]!.seq + 1].sort((a, b) => a - b));
    const [first, second] = [...written].sort((a, b) => a.seq - b.seq);
    expect(second!.prevHash).toBe(first!.hash);
    for (const e of written) expect(keyedEventHash(e, auditKey().key)).toBe(e.hash);
    await setPatients(240);
  });

  it("lapses when the residual rating rises, naming what rose from what to what", async () => {
    const risk = await newRisk({ title: `${P}PAS outage`, scenario: { lost: [id("sys-pas")], compromised: [], hours: 24 } });
    const d = await decideAs("Bo", (await propose("Pat", risk)).data!.proposeAcceptance.id);
    expect(d.errors).toBeUndefined();
    const judged = d.data!.decideAcceptance.snapshot!.rating;
    await setService(outpatients("CATASTROPHIC"));
    try {
      const lapsed = (await current(risk)).acceptance!;
      expect(lapsed.state).toBe("LAPSED");
      const rose = /residual rating rose from (\d) to (\d)/.exec(lapsed.reason ?? "");
      expect(rose?.[1]).toBe(String(judged));
      expect(Number(rose?.[2])).toBeGreaterThan(judged);
      // The register also records the rating the graph moved; the lapse is among the risk's events.
      expect((await events(risk)).map((e) => e.action)).toContain("risk.acceptance-lapsed");
    } finally {
      await setService(outpatients("SIGNIFICANT"));
    }
  });

  it("lapses after a change made outside this server (npm run import), once the server sees the graph version move", async () => {
    const risk = await newRisk({ title: `${P}LIMS ransomware, imported change` });
    await decideAs("Bo", (await propose("Pat", risk)).data!.proposeAcceptance.id);
    const dir = mkdtempSync(join(tmpdir(), "acceptance-"));
    try {
      const file = join(dir, "recount.json");
      writeFileSync(file, JSON.stringify({ careServices: [edService(2400)] }));
      const run = await runImportCommand(file);
      expect(run.stderr + run.stdout).toMatch(/graph version \d+/);
      expect(run.code).toBe(0);
      const version = Number(/graph version (\d+)/.exec(run.stdout)![1]);
      // No write went through this server: the request's look-up of the graph version starts the check.
      await current(risk);
      await app.lapses.idle();
      const lapsed = (await current(risk)).acceptance!;
      expect(lapsed).toMatchObject({ state: "LAPSED", lapsedAtGraphVersion: version });
      expect(lapsed.reason).toMatch(new RegExp(`^graph version ${version} \\(.*, by command line \\(.*\\)\\): harm rose from `));
      const last = (await events(risk)).at(-1)!;
      expect(last.action).toBe("risk.acceptance-lapsed");
      expect(last.summary).toContain(`graph version ${version}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await setPatients(240);
    }
  });

  it("reads EXPIRED once the expiry has passed, refuses to revoke it, and the board report asks for a new decision", async () => {
    const risk = await newRisk({ title: `${P}Loss of the blood bank`, owner: "Transfusion lead" });
    const acc = (await propose("Pat", risk)).data!.proposeAcceptance.id;
    await decideAs("Bo", acc);
    await expireOn(risk, day(-1));
    expect((await current(risk)).acceptance?.state).toBe("EXPIRED");
    const r = await gql(app, tokens.Cy!, 'mutation($a: ID!) { revokeAcceptance(id: $a, note: "Too late.") { id } }', { a: acc });
    expect(r.errors?.[0]?.message).toContain("is expired, not standing");
    const mine = (await report("Bo")).filter((x) => x.title === `${P}Loss of the blood bank`);
    expect(mine).toEqual([
      {
        kind: "EXPIRED",
        title: `${P}Loss of the blood bank`,
        owner: "Transfusion lead",
        detail: expect.stringMatching(/^Acceptance expired on \d{1,2} [A-Z][a-z]+ \d{4}\. It needs a new decision\.$/),
      },
    ]);
    // The register's export says so too.
    const csv = await (
      await app.fetch(new Request("http://x/exports/register.csv", { headers: { authorization: `Bearer ${tokens.Bo!}` } }))
    ).text();
    expect(csv).toMatch(new RegExp(`^${risk},.*,Expired on \\d{1,2} [A-Z][a-z]+ \\d{4},`, "m"));
    // A new proposal is allowed once it has expired.
    expect((await propose("Pat", risk)).data?.proposeAcceptance.state).toBe("PROPOSED");
  });

  it("refuses a proposal on a closed risk, naming what to change, and writes nothing", async () => {
    const risk = await newRisk({ status: "CLOSED" });
    const before = await events(risk);
    const r = await propose("Pat", risk);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toContain("is closed: reopen it before proposing to accept it");
    expect((await current(risk)).acceptances).toEqual([]);
    expect(await events(risk)).toEqual(before);
  });

  it("refuses to accept a proposal whose risk is rated 5 by the time of the decision, or whose expiry has passed; both may be rejected", async () => {
    const risk = await newRisk();
    const acc = (await propose("Pat", risk)).data!.proposeAcceptance.id;
    const raised = await gql(app, tokens.Pat!, "mutation($r: ID!, $i: RiskInput!) { updateRisk(id: $r, input: $i) { residualRating } }", {
      r: risk,
      i: riskInput({ likelihood: "HIGH" }),
    });
    expect(raised.data).toEqual({ updateRisk: { residualRating: 5 } });
    const before = await events(risk);
    const five = await decideAs("Bo", acc);
    expect(five.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(five.errors?.[0]?.message).toContain("residual rating of 5 (unacceptable) and cannot be accepted: add controls");
    expect((await current(risk)).acceptance?.state).toBe("PROPOSED");
    expect(await events(risk)).toEqual(before);
    expect((await decideAs("Bo", acc, false)).data?.decideAcceptance.state).toBe("REJECTED");

    const late = await newRisk();
    const lateAcc = (await propose("Pat", late)).data!.proposeAcceptance.id;
    await expireOn(late, day(-1));
    const lateEvents = await events(late);
    const refused = await decideAs("Bo", lateAcc);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/would expire on .*, which has passed: reject it and propose again with a later expiry/);
    expect((await current(late)).acceptance?.state).toBe("PROPOSED");
    expect(await events(late)).toEqual(lateEvents);
    expect((await decideAs("Bo", lateAcc, false)).data?.decideAcceptance.state).toBe("REJECTED");
  });

  it("lapses on harm by the register profile's threshold: with a looser one, the same rise stands", async () => {
    const db2 = await openDatabase();
    const loose = createApp({ db: db2, maxRequestBytes: 64 * 1024 * 1024, lapseHarmShare: 50 });
    try {
      const as = (a: App, who: string, query: string, v: Record<string, unknown>) => gql<Record<string, Acc>>(a, tokens[who]!, query, v);
      const risk = await newRisk({ title: `${P}LIMS ransomware, loose` });
      const p = await as(
        loose,
        "Pat",
        `mutation($r: ID!, $e: String!) { proposeAcceptance(risk: $r, justification: "Backups restore in four hours.", expires: $e) { ${ACC} } }`,
        { r: risk, e: day(90) },
      );
      const d = await as(loose, "Bo", `mutation($a: ID!) { decideAcceptance(id: $a, accept: true, note: "Within appetite.") { ${ACC} } }`, {
        a: p.data!.proposeAcceptance!.id,
      });
      expect(d.data!.decideAcceptance!.snapshot!.profile).toMatch(/^custom-/);
      const svc = (perDay: number) => ({
        careService: {
          id: id("svc-ed"),
          name: "Emergency department",
          organisation: id("org-a"),
          severity: "CATASTROPHIC",
          patientsPerDay: perDay,
          impactToleranceHours: 4,
          workaround: { capacity: 0.5, sustainableHours: 12 },
        },
      });
      expect(
        (await gql(loose, tokens.Pat!, "mutation($n: NodeInput!) { updateNode(node: $n) { applied } }", { n: svc(2400) })).errors,
      ).toBeUndefined();
      await loose.lapses.idle();
      // Read through the looser server: this file's own would judge the new version on the default threshold.
      expect((await current(risk, loose)).acceptance?.state).toBe("ACCEPTED");
      expect(
        (await gql(loose, tokens.Pat!, "mutation($n: NodeInput!) { updateNode(node: $n) { applied } }", { n: svc(240) })).errors,
      ).toBeUndefined();
      await loose.lapses.idle();
    } finally {
      await loose.close();
      await db2.close();
    }
  });
});
