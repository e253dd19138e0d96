import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { appWithToken, gql, openDatabase, idPrefix, importDocument } from "../support/integration.js";
import { riskMix } from "../support/risk-mix.js";

// Eight clients of one server mix MERGE imports that move ratings with every kind of risk
// change, on risks they share: every answer must be data or an expected NOT_FOUND for a risk
// someone deleted, and every acknowledged change must be in the register at the end.
const P = idPrefix("c");
const CLIENTS = 8;
// REGISTER_MIX_CHANGES=130 runs the issue's own mix of more than a thousand changes.
const OPERATIONS_EACH = Number(process.env.REGISTER_MIX_CHANGES ?? 40);
const TIME_BUDGET_MS = OPERATIONS_EACH * 500;

let db: Database;
let server: { app: App; token: string };
const live: string[] = [];
const notes = new Map<string, string[]>();
const { deleted, unexpected, input, transfusion, acknowledged: check } = riskMix(P);
let imports = 0;
let changes = 0;

async function client(n: number, until: number): Promise<void> {
  const pick = (): string | undefined => live[Math.floor(Math.random() * live.length)];
  for (let i = 0; i < OPERATIONS_EACH && Date.now() < until; i++) {
    const roll = (i * 7 + n * 3) % 10;
    changes++;
    const target = pick();
    if (roll < 2) {
      const r = await gql(server.app, server.token, "mutation($d: JSON!) { importGraph(document: $d, mode: MERGE) { nodes } }", {
        d: transfusion(i % 4 < 2 ? "MINOR" : "CATASTROPHIC"),
      });
      if (check("import", null, r)) imports++;
    } else if (roll < 4 || !target) {
      const r = await gql<{ createRisk: { id: string } }>(
        server.app,
        server.token,
        "mutation($i: RiskInput!) { createRisk(input: $i) { id consequence } }",
        {
          i: input(`client ${n} risk ${i}`),
        },
      );
      if (check("create", null, r)) live.push(r.data!.createRisk.id);
    } else if (roll < 7) {
      const note = `client ${n} note ${i}`;
      const r = await gql(
        server.app,
        server.token,
        'mutation($id: ID!, $n: String!) { reviewRisk(id: $id, note: $n, nextReviewDate: "2031-01-01") { id } }',
        { id: target, n: note },
      );
      if (check("review", target, r)) notes.set(target, [...(notes.get(target) ?? []), note]);
    } else if (roll < 9) {
      const r = await gql(server.app, server.token, "mutation($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }", {
        id: target,
        i: input(`updated by client ${n}`),
      });
      check("update", target, r);
    } else {
      live.splice(live.indexOf(target), 1);
      deleted.add(target);
      const r = await gql(server.app, server.token, "mutation($id: ID!) { deleteRisk(id: $id) }", { id: target });
      check("delete", target, r);
    }
    // A read of the whole register re-rates it when the graph has moved.
    check("list", null, await gql(server.app, server.token, "{ risks(first: 1000) { id inherentRating } }"));
  }
}

beforeAll(async () => {
  db = await openDatabase();
  server = await appWithToken(db, "ADMIN");
  const r = await importDocument(server.app, server.token, withPrefix(loadJson("seed/worked-example.json"), P));
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (k:Risk) WHERE k.owner = $owner DETACH DELETE k", { owner: `${P}owner` }));
  await db.close();
});

describe("the register under concurrent writers", () => {
  it("answers every change and loses none while imports re-rate it", async () => {
    const started = Date.now();
    const until = started + TIME_BUDGET_MS;
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, until)));
    console.log(
      `${CLIENTS} clients, ${((Date.now() - started) / 1000).toFixed(1)} s: ${changes} changes (${imports} MERGE imports), each followed by a read of the register; ${unexpected.length} unexpected answers; ${live.length} risks kept, ${deleted.size} deleted`,
    );
    expect(unexpected).toEqual([]);
    expect(imports).toBeGreaterThan(0);

    const stored = await db.read(async (tx) =>
      (
        await tx.run("MATCH (k:Risk) WHERE k.owner = $owner RETURN k.id AS id, k.reviews AS reviews, k.title AS title", {
          owner: `${P}owner`,
        })
      ).records.map((r) => ({
        id: r.get("id") as string,
        reviews: JSON.parse(r.get("reviews") as string) as Array<{ note: string }>,
        title: r.get("title") as string | null,
      })),
    );
    // Deleted risks stay deleted, the others all remain, whole.
    expect(stored.map((s) => s.id).sort()).toEqual([...live].sort());
    for (const s of stored) {
      expect(s.title).toBeTruthy();
      expect(s.reviews.map((r) => r.note)).toEqual(expect.arrayContaining(notes.get(s.id) ?? []));
    }
  });
});
