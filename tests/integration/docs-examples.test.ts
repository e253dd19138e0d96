import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson } from "../support/documents.js";
import { appWithToken, gql, openDatabase, importConfirmed } from "../support/integration.js";

/** Every ```graphql block of docs/api.md, with the variables its `# variables:` line gives. */
const EXAMPLES = [...readFileSync("docs/api.md", "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => {
  const text = m[1]!;
  const vars = /^# variables: (.*)$/m.exec(text);
  return { n: i + 1, query: text, variables: vars ? (JSON.parse(vars[1]!) as Record<string, unknown>) : {} };
});

let db: Database;
let admin: { app: App; token: string };

// Whole-graph: the examples name nodes of the demo ICS, which this file loads in place of the graph.
beforeAll(async () => {
  db = await openDatabase();
  admin = await appWithToken(db, "ADMIN");
  const r = await importConfirmed(admin.app, admin.token, loadJson("seed/demo-ics.json"), "REPLACE");
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.owner = 'Head of digital resilience' DELETE k"));
  await db.write((tx) => tx.run("MATCH (s:SavedQuery {name: 'Top ten risks'}) DELETE s"));
  await db.close();
});

describe("the examples in docs/api.md", () => {
  it("are there", () => {
    expect(EXAMPLES.length).toBeGreaterThan(10);
  });
  for (const ex of EXAMPLES) {
    it(`example ${ex.n} runs without errors: ${ex.query
      .split("\n")
      .find((l) => !l.startsWith("#"))!
      .slice(0, 70)}`, async () => {
      const r = await gql(admin.app, admin.token, ex.query, ex.variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data).toBeTruthy();
    });
  }
});
