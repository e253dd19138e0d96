import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import { commandLineActor } from "../../server/audit/actors.js";
import { recordBaseline } from "../../server/audit/baseline.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";

let db: Database;
let auditor: { app: App; token: string };
let board: { app: App; token: string };
const saved: string[] = [];

beforeAll(async () => {
  db = await openDatabase();
  // Other test files change the shared graph directly; the trail records it as it stands first.
  await recordBaseline(db, commandLineActor());
  auditor = await appWithToken(db, "AUDITOR");
  board = await appWithToken(db, "BOARD");
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (s:SavedQuery) WHERE s.id IN $ids DELETE s", { ids: saved }));
  await db.close();
});

const SAVE = `mutation($n: String!, $d: String!) { saveQuery(name: $n, description: "for the quarterly audit", document: $d) { id name author } }`;

describe("saved, shareable queries", () => {
  it("saves a query with its author, lists it, and runs it again for anyone with the runner's permissions", async () => {
    const s = await gql<{ saveQuery: { id: string; name: string; author: string } }>(auditor.app, auditor.token, SAVE, {
      n: "Rating of a high, major risk",
      d: "query($l: Likelihood!) { riskRating(likelihood: $l, consequence: MAJOR) }",
    });
    expect(s.errors).toBeUndefined();
    saved.push(s.data!.saveQuery.id);
    expect(s.data!.saveQuery).toMatchObject({ author: "test-auditor" });
    const list = await gql<{ savedQueries: Array<{ id: string; author: string }> }>(
      board.app,
      board.token,
      "{ savedQueries { id author } }",
    );
    expect(list.data!.savedQueries.map((q) => q.id)).toContain(s.data!.saveQuery.id);
    const run = await gql<{ runSavedQuery: unknown }>(
      board.app,
      board.token,
      `query($id: ID!) { runSavedQuery(id: $id, variables: { l: "HIGH" }) }`,
      { id: s.data!.saveQuery.id },
    );
    expect(run.data!.runSavedQuery).toEqual({ riskRating: 4 });
  });

  it("runs with the caller's role: a BOARD member cannot read the trail through a saved query", async () => {
    const s = await gql<{ saveQuery: { id: string } }>(auditor.app, auditor.token, SAVE, {
      n: "Chain check",
      d: "{ verifyAuditChain { ok } }",
    });
    saved.push(s.data!.saveQuery.id);
    expect(
      (
        await gql<{ runSavedQuery: unknown }>(auditor.app, auditor.token, `query($id: ID!) { runSavedQuery(id: $id) }`, {
          id: s.data!.saveQuery.id,
        })
      ).data!.runSavedQuery,
    ).toEqual({ verifyAuditChain: { ok: true } });
    const refused = await gql(board.app, board.token, `query($id: ID!) { runSavedQuery(id: $id) }`, { id: s.data!.saveQuery.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a mutation, a query that does not fit the schema, and a BOARD member's save", async () => {
    const mutation = await gql(auditor.app, auditor.token, SAVE, { n: "m", d: 'mutation { deleteRisk(id: "x") }' });
    expect(mutation.errors?.[0]?.message).toMatch(/Only queries/);
    const unknown = await gql(auditor.app, auditor.token, SAVE, { n: "u", d: "{ nothingHere }" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const boardSave = await gql(board.app, board.token, SAVE, { n: "b", d: "{ me { name } }" });
    expect(boardSave.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
