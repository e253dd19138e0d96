import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { createApp, type App } from "../../server/app.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { gql, openDatabase, idPrefix, removeWithPrefix, importDocument } from "../support/integration.js";

const P = idPrefix("f");
const id = (s: string): string => `${P}${s}`;
let db: Database;
let app: App;
let all: string;
let scoped: string;
const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function newRisk(title: string, organisation: string, nextReviewDate: string): Promise<string> {
  const input = {
    title: `${P}${title}`,
    threat: "RANSOMWARE",
    scenario: { lost: [id("sys-lims")], compromised: [], hours: 24 },
    likelihood: "LOW",
    owner: "Pat Owner",
    organisation,
    treatment: "TOLERATE",
    nextReviewDate,
  };
  const r = await gql<{ createRisk: { id: string } }>(app, all, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", { i: input });
  expect(r.errors).toBeUndefined();
  return r.data!.createRisk.id;
}
const get = (path: string, method = "GET"): Promise<Response> => app.fetch(new Request(`http://x${path}`, { method }));

/** The feed parsed back with a calendar parser: summary and start date of each event. */
function events(text: string): Array<{ uid: string; summary: string; start: string }> {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return cal.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString() };
  });
}

beforeAll(async () => {
  db = await openDatabase();
  app = createApp({ db, maxRequestBytes: 64 * 1024 * 1024 });
  const setUp = { name: "test set-up", role: "ADMIN" };
  all = (await createToken(db, "RISK_MANAGER", `${P}all`, setUp)).token;
  scoped = (await createToken(db, "RISK_MANAGER", `${P}scoped`, setUp, { scope: [id("org-a")] })).token;
  const r = await importDocument(app, all, withPrefix(loadJson("seed/worked-example.json"), P));
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await app.close();
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.title STARTS WITH $p DELETE k", { p: P }));
  await removeWithPrefix(db, P);
  await db.close();
});

describe("reviews due and the review calendar", () => {
  it("lists due and overdue reviews within the viewer's scope, soonest first", async () => {
    const overdue = await newRisk("Overdue review", id("org-a"), day(-3));
    const due = await newRisk("Due review", id("org-a"), day(10));
    const later = await newRisk("Later review", id("org-a"), day(40));
    const elsewhere = await newRisk("Other trust's review", id("org-z"), day(2));
    const q = "query($w: Int) { reviewsDue(within: $w) { id overdue } }";
    const mine = (await gql<{ reviewsDue: Array<{ id: string; overdue: boolean }> }>(app, scoped, q)).data!.reviewsDue.filter((r) =>
      [overdue, due, later, elsewhere].includes(r.id),
    );
    expect(mine).toEqual([
      { id: overdue, overdue: true },
      { id: due, overdue: false },
    ]);
    const wider = (await gql<{ reviewsDue: Array<{ id: string }> }>(app, all, q, { w: 60 })).data!.reviewsDue.map((r) => r.id);
    expect(wider).toEqual(expect.arrayContaining([overdue, due, later, elsewhere]));
  });

  it("publishes a calendar at a secret address, names no risk out of scope, is read-only and revocable", async () => {
    const mine = await newRisk("LIMS review", id("org-a"), day(5));
    const theirs = await newRisk("Hidden review", id("org-z"), day(5));
    const made = await gql<{ createReviewFeed: { path: string } }>(app, scoped, "mutation { createReviewFeed { path createdAt } }");
    expect(made.errors).toBeUndefined();
    const path = made.data!.createReviewFeed.path;
    expect(path).toMatch(/^\/feeds\/reviews\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored = await db.read((tx) => tx.run("MATCH (f:ReviewFeed) WHERE f.name = $n RETURN f.hash AS h", { n: `${P}scoped` }));
    expect(stored.records[0]!.get("h")).not.toContain(path.slice(15, 58));

    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const text = await res.text();
    const found = events(text);
    expect(found).toContainEqual({ uid: `${mine}-review@health-impact-map`, summary: `Review: ${P}LIMS review`, start: day(5) });
    expect(found.some((e) => e.uid.startsWith(theirs))).toBe(false);
    expect(text).not.toContain("Hidden review");

    expect((await get(path, "POST")).status).toBe(405);
    const again = await gql<{ createReviewFeed: { path: string } }>(app, scoped, "mutation { createReviewFeed { path } }");
    expect((await get(path)).status).toBe(404);
    const revoked = await gql<{ revokeReviewFeeds: number }>(app, scoped, "mutation { revokeReviewFeeds }");
    expect(revoked.data!.revokeReviewFeeds).toBe(1);
    expect((await get(again.data!.createReviewFeed.path)).status).toBe(404);
  });

  it("carries a standing acceptance's expiry", async () => {
    const risk = await newRisk("Accepted risk", id("org-a"), day(30));
    const board = (await createToken(db, "BOARD", `${P}board`, { name: "test set-up", role: "ADMIN" })).token;
    const p = await gql<{ proposeAcceptance: { id: string } }>(
      app,
      all,
      `mutation($r: ID!, $e: String!) { proposeAcceptance(risk: $r, justification: "Low likelihood, tested backups.", expires: $e) { id } }`,
      { r: risk, e: day(90) },
    );
    const d = await gql(app, board, `mutation($a: ID!) { decideAcceptance(id: $a, accept: true, note: "Agreed.") { state } }`, {
      a: p.data!.proposeAcceptance.id,
    });
    expect(d.errors).toBeUndefined();
    const path = (await gql<{ createReviewFeed: { path: string } }>(app, scoped, "mutation { createReviewFeed { path } }")).data!
      .createReviewFeed.path;
    const found = events(await (await get(path)).text());
    expect(found).toContainEqual({
      uid: `${p.data!.proposeAcceptance.id}-expiry@health-impact-map`,
      summary: `Acceptance expires: ${P}Accepted risk`,
      start: day(90),
    });
  });
});
