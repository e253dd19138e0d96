import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { createApp, type App } from "../../server/app.js";
import type { Role } from "../../server/auth/roles.js";
import { createToken, revokeToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";

// Who may do what, written out from the API's contract rather than read from the code.
const ALL: Role[] = ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"];
const OPERATIONS: Array<{ name: string; query: string; allowed: Role[] }> = [
  { name: "me", query: "{ me { role } }", allowed: ALL },
  { name: "node", query: '{ node(id: "nothing") { id } }', allowed: ALL },
  { name: "graphSummary", query: "{ graphSummary { version } }", allowed: ALL },
  { name: "exportGraph", query: "{ exportGraph }", allowed: ["ADMIN", "RISK_MANAGER", "AUDITOR"] },
  { name: "blastRadius", query: '{ blastRadius(lost: ["nothing"]) { totalHarm } }', allowed: ALL },
  { name: "protectFirst", query: "{ protectFirst(first: 1) { totalCount } }", allowed: ALL },
  { name: "singlePointsOfFailure", query: '{ singlePointsOfFailure(service: "nothing") { id } }', allowed: ALL },
  { name: "supplierConcentration", query: "{ supplierConcentration(first: 1) { harm } }", allowed: ALL },
  { name: "dataQuality", query: "{ dataQuality(first: 1) { findings { count } } }", allowed: ALL },
  { name: "searchNodes", query: '{ searchNodes(text: "trust") { id } }', allowed: ALL },
  { name: "nodes", query: "{ nodes(first: 1) { totalCount } }", allowed: ALL },
  { name: "toleranceBreaches", query: "{ toleranceBreaches(first: 1) { toleranceHours } }", allowed: ALL },
  { name: "toleranceBreachCount", query: "{ toleranceBreachCount }", allowed: ALL },
  { name: "recoveryPlan", query: '{ recoveryPlan(lost: ["nothing"]) { harm } }', allowed: ALL },
  { name: "riskRating", query: "{ riskRating(likelihood: LOW, consequence: MINOR) }", allowed: ALL },
  { name: "risks", query: "{ risks(first: 1) { id } }", allowed: ALL },
  { name: "risk", query: '{ risk(id: "nothing") { id } }', allowed: ALL },
  { name: "riskHeatMap", query: "{ riskHeatMap { count } }", allowed: ALL },
  { name: "topRisks", query: "{ topRisks(first: 1) { id } }", allowed: ALL },
  { name: "auditTrail", query: "{ auditTrail(first: 1) { nextAfterSeq } }", allowed: ["ADMIN", "AUDITOR"] },
  { name: "signInFailures", query: "{ signInFailures { address } }", allowed: ["ADMIN"] },
  { name: "verifyAuditChain", query: "{ verifyAuditChain { ok } }", allowed: ["ADMIN", "AUDITOR"] },
  {
    name: "changesBetween",
    query: '{ changesBetween(from: "2020-01-01T00:00:00Z") { dependenciesAdded } }',
    allowed: ["ADMIN", "AUDITOR"],
  },
  { name: "importGraph", query: "mutation { importGraph(document: {}) { nodes } }", allowed: ["ADMIN", "RISK_MANAGER"] },
  {
    name: "updateRisk",
    query:
      'mutation { updateRisk(id: "nothing", input: { title: "t", threat: OTHER, scenario: { lost: ["x"] }, likelihood: LOW, owner: "o", treatment: TREAT, nextReviewDate: "2030-01-01" }) { id } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "reviewRisk",
    query: 'mutation { reviewRisk(id: "nothing", note: "n", nextReviewDate: "2030-01-01") { id } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "overrideConsequence",
    query: 'mutation { overrideConsequence(id: "nothing", consequence: MINOR, justification: "a justification long enough") { id } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  { name: "deleteRisk", query: 'mutation { deleteRisk(id: "nothing") }', allowed: ["ADMIN", "RISK_MANAGER"] },
  {
    name: "applyModelChanges",
    query: 'mutation { applyModelChanges(changes: [{ op: DELETE, id: "nothing" }], preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "createNode",
    query: 'mutation { createNode(node: { supplier: { id: "sup-roles", name: "S" } }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "updateNode",
    query: 'mutation { updateNode(node: { supplier: { id: "nothing", name: "S" } }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  { name: "deleteNode", query: 'mutation { deleteNode(id: "nothing", preview: true) { applied } }', allowed: ["ADMIN", "RISK_MANAGER"] },
  {
    name: "setDependency",
    query: 'mutation { setDependency(dependency: { from: "nothing", to: "nothing-else" }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "removeDependency",
    query: 'mutation { removeDependency(from: "nothing", to: "nothing-else", preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "setAccess",
    query: 'mutation { setAccess(access: { system: "nothing", dataStore: "nothing-else" }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "removeAccess",
    query: 'mutation { removeAccess(access: { system: "nothing", dataStore: "nothing-else" }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "setAdministers",
    query: 'mutation { setAdministers(administers: { from: "nothing", to: "nothing-else" }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  {
    name: "removeAdministers",
    query: 'mutation { removeAdministers(administers: { from: "nothing", to: "nothing-else" }, preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  { name: "toleranceBreachServiceCount", query: "{ toleranceBreachServiceCount }", allowed: ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"] },
  { name: "candidates", query: "{ candidates { id } }", allowed: ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"] },
  {
    name: "bestInvestment",
    query: "{ bestInvestment(budget: 0, candidates: []) { exact } }",
    allowed: ["ADMIN", "RISK_MANAGER", "AUDITOR", "BOARD"],
  },
  {
    name: "saveCandidate",
    query: 'mutation { saveCandidate(name: "", changes: [], oneOffCost: -1, annualCost: 0) { id } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
  { name: "deleteCandidate", query: 'mutation { deleteCandidate(id: "no-such-candidate") }', allowed: ["ADMIN", "RISK_MANAGER"] },
  {
    name: "importModel",
    query: 'mutation { importModel(files: [{ name: "suppliers.csv", content: "id,name\\nsup-roles,S" }], preview: true) { applied } }',
    allowed: ["ADMIN", "RISK_MANAGER"],
  },
];

let db: Database;
const apps = new Map<Role, { app: App; token: string }>();

beforeAll(async () => {
  db = await openDatabase();
  for (const role of ALL) apps.set(role, await appWithToken(db, role));
});
afterAll(() => db.close());

/** Operations whose roles are tested beside the rest of their behaviour. */
const TESTED_ELSEWHERE = {
  createRisk: "register.test.ts",
  savedQueries: "saved-queries.test.ts",
  runSavedQuery: "saved-queries.test.ts",
  saveQuery: "saved-queries.test.ts",
  proposeAcceptance: "acceptance.test.ts",
  decideAcceptance: "acceptance.test.ts",
  revokeAcceptance: "acceptance.test.ts",
  reviewsDue: "review-feed.test.ts",
  createReviewFeed: "review-feed.test.ts",
  revokeReviewFeeds: "review-feed.test.ts",
};

it("lists every query and mutation of the schema", () => {
  const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
  const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
  const listed = new Set([...OPERATIONS.map((o) => o.name), ...Object.keys(TESTED_ELSEWHERE)]);
  expect(fields.filter((f) => !listed.has(f))).toEqual([]);
});

describe("every role against every operation", () => {
  for (const op of OPERATIONS) {
    for (const role of ALL) {
      const allowed = op.allowed.includes(role);
      it(`${op.name} as ${role}: ${allowed ? "allowed" : "FORBIDDEN"}`, async () => {
        const { app, token } = apps.get(role)!;
        const r = await gql(app, token, op.query);
        const code = r.errors?.[0]?.extensions?.code;
        if (allowed) expect(["FORBIDDEN", "UNAUTHENTICATED", "INTERNAL_SERVER_ERROR"]).not.toContain(code);
        else expect(code).toBe("FORBIDDEN");
      });
    }
    it(`${op.name} without a token: UNAUTHENTICATED`, async () => {
      const r = await gql(apps.get("ADMIN")!.app, null, op.query);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  }
});

describe("tokens", () => {
  it("stops working once revoked", async () => {
    const actor = { name: "roles test", role: "ADMIN" };
    const { token, info } = await createToken(db, "BOARD", "revoke-me", actor);
    const { app } = apps.get("ADMIN")!;
    expect((await gql(app, token, "{ me { name } }")).data).toEqual({ me: { name: "revoke-me" } });
    expect(await revokeToken(db, info.id, actor)).toBe(1);
    expect((await gql(app, token, "{ me { name } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("with a look-up cache, a revocation by another process counts after the cache's time, one through this process at once", async () => {
    const actor = { name: "roles test", role: "ADMIN" };
    const cached = createApp({ db, maxRequestBytes: 1024 * 1024, authCacheMs: 60_000 });
    const other = await openDatabase();
    try {
      const a = await createToken(db, "BOARD", "revoked-elsewhere", actor);
      expect((await gql(cached, a.token, "{ me { name } }")).data).toEqual({ me: { name: "revoked-elsewhere" } });
      // Another process (its own driver) revokes it: the cached answer still serves for now.
      expect(await revokeToken(other, a.info.id, actor)).toBe(1);
      expect((await gql(cached, a.token, "{ me { name } }")).data).toEqual({ me: { name: "revoked-elsewhere" } });
      // Any write through this process forgets every cached answer.
      const b = await createToken(db, "BOARD", "revoked-here", actor);
      expect((await gql(cached, a.token, "{ me { name } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await gql(cached, b.token, "{ me { name } }")).data).toEqual({ me: { name: "revoked-here" } });
      expect(await revokeToken(db, b.info.id, actor)).toBe(1);
      expect((await gql(cached, b.token, "{ me { name } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await other.close();
    }
  });

  it("are stored only as hashes", async () => {
    const { token } = await createToken(db, "AUDITOR", "hash-check", { name: "roles test", role: "ADMIN" });
    const stored = await db.read(
      async (tx) =>
        (await tx.run("MATCH (t:ApiToken {name: 'hash-check'}) RETURN properties(t) AS p")).records[0]!.get("p") as Record<string, unknown>,
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
