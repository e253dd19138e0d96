import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Role } from "../../server/auth/roles.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { gql, openDatabase } from "../support/integration.js";
import { cleanUp, footprint, loadGraph, ORG, P, ROLES, scopedTokens, SET_UP, type Side } from "./scope/fixture.js";
import { MUTATIONS, riskInput } from "./scope/mutations.js";

// Every mutation × role × a target in or out of the caller's scope, and the register's reads,
// through the real app and a real Neo4j; each answer as the API contract says.
let db: Database;
let app: App;
let tokens: Map<Role, string>;
let everywhere: string;
/** A board member scoped to all: decides what `everywhere` proposes. */
let boardEverywhere: string;
const risks: Record<Side, string> = { in: "", out: "" };
let cases = 0;
let tag = 0;

/** A new risk of `side` with an acceptance proposed by a person scoped to all, and (if `accept`) accepted by another. */
async function acceptance(side: Side, accept: boolean): Promise<string> {
  const p = await gql<{ proposeAcceptance: { id: string } }>(
    app,
    everywhere,
    'mutation($r: ID!, $e: String!) { proposeAcceptance(risk: $r, justification: "Restores are tested every quarter.", expires: $e) { id } }',
    { r: await newRisk(side), e: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) },
  );
  expect(p.errors).toBeUndefined();
  const id = p.data!.proposeAcceptance.id;
  if (accept) {
    const d = await gql(
      app,
      boardEverywhere,
      'mutation($a: ID!) { decideAcceptance(id: $a, accept: true, note: "Within appetite.") { id } }',
      {
        a: id,
      },
    );
    expect(d.errors).toBeUndefined();
  }
  return id;
}

async function newRisk(side: Side): Promise<string> {
  const r = await gql<{ createRisk: { id: string } }>(app, everywhere, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", {
    i: riskInput(side, ++tag),
  });
  expect(r.errors).toBeUndefined();
  return r.data!.createRisk.id;
}

beforeAll(async () => {
  db = await openDatabase();
  await loadGraph(db);
  ({ app, tokens } = await scopedTokens(db));
  everywhere = (await createToken(db, "ADMIN", `${P}everywhere`, SET_UP)).token;
  boardEverywhere = (await createToken(db, "BOARD", `${P}board everywhere`, SET_UP)).token;
  risks.in = await newRisk("in");
  risks.out = await newRisk("out");
});
afterAll(async () => {
  console.log(`scope matrix: ${cases} cases`);
  await cleanUp(db);
  await db.close();
});

describe("every mutation, as every role scoped to one organisation", () => {
  for (const m of MUTATIONS) {
    for (const role of ROLES) {
      for (const side of ["in", "out"] as const) {
        const permitted = m.allowed.includes(role);
        const expected = !permitted ? "FORBIDDEN (role)" : side === "out" && m.scoped ? "FORBIDDEN (scope)" : "allowed";
        it(`${m.name} as ${role} on the ${side === "in" ? "in-scope" : "out-of-scope"} organisation: ${expected}`, async () => {
          cases++;
          const call = await m.build(side, ++tag, {
            risk: () => (m.fresh ? newRisk(side) : Promise.resolve(risks[side])),
            proposal: () => acceptance(side, false),
            accepted: () => acceptance(side, true),
          });
          const before = await footprint(db, `${P}${role}`);
          const r = await gql(app, tokens.get(role)!, call.query, call.variables);
          const error = r.errors?.[0];
          if (expected === "allowed") {
            expect(error?.message).toBeUndefined();
            return;
          }
          expect(error?.extensions?.code).toBe("FORBIDDEN");
          expect(r.status).toBe(200);
          if (expected === "FORBIDDEN (scope)") expect(error?.message).toContain(ORG.out);
          else expect(error?.message).toMatch(new RegExp(`The ${role} role may not`));
          expect(await footprint(db, `${P}${role}`)).toBe(before);
        });
      }
    }
  }
});

describe("suppliers and organisations, written only by people scoped to all", () => {
  const supplier = { supplier: { id: `${P}sup`, name: "Scope Supplier" } };
  const organisation = { organisation: { id: `${P}org-new`, name: "New Trust", type: "ACUTE_TRUST" } };
  for (const [what, n] of [
    ["supplier", supplier],
    ["organisation", organisation],
  ] as const) {
    it(`a ${what}: refused to a risk manager of one organisation, written by an administrator of all`, async () => {
      cases += 2;
      const q = "mutation($n: NodeInput!) { createNode(node: $n) { applied } }";
      const refused = await gql(app, tokens.get("RISK_MANAGER")!, q, { n });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(refused.errors?.[0]?.message).toMatch(/scoped to all organisations/);
      const done = await gql<{ createNode: { applied: boolean } }>(app, everywhere, q, { n });
      expect(done.data?.createNode.applied).toBe(true);
    });
  }
});

describe("the register's reads, as every role scoped to one organisation", () => {
  for (const role of ROLES) {
    it(`${role}: lists, reads and reports only its organisation's risks, and counts every one`, async () => {
      cases += 5;
      const token = tokens.get(role)!;
      const list = await gql<{ risks: Array<{ title: string; organisation: string }> }>(
        app,
        token,
        "{ risks(first: 1000) { title organisation owner scenario { lost } } }",
      );
      expect(list.data!.risks.some((r) => r.organisation === ORG.in)).toBe(true);
      expect(list.data!.risks.filter((r) => r.organisation !== ORG.in)).toEqual([]);

      const mine = await gql<{ risk: { title: string } }>(app, token, "query($id: ID!) { risk(id: $id) { title } }", { id: risks.in });
      expect(mine.data?.risk.title).toContain(`${P}risk in`);
      const theirs = await gql(app, token, "query($id: ID!) { risk(id: $id) { title owner } }", { id: risks.out });
      expect(theirs.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(theirs.errors?.[0]?.message).toContain(ORG.out);
      expect(JSON.stringify(theirs)).not.toContain(`${P}risk out`);

      const top = await gql<{ topRisks: Array<{ organisation: string | null }> }>(app, token, "{ topRisks(first: 100) { organisation } }");
      expect(top.data!.topRisks.every((r) => r.organisation === ORG.in)).toBe(true);

      const sum = (r: { data?: { riskHeatMap: Array<{ count: number }> } | null }) => r.data!.riskHeatMap.reduce((n, c) => n + c.count, 0);
      const q = "{ riskHeatMap { count } }";
      expect(sum(await gql(app, token, q))).toBe(sum(await gql(app, everywhere, q)));

      const report = await app.fetch(new Request("http://x/report.json", { headers: { authorization: `Bearer ${token}` } }));
      expect(report.status).toBe(200);
      expect(await report.text()).not.toContain(`${P}risk out`);
    });
  }
});
