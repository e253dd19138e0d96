import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { commandLineActor } from "../../server/audit/actors.js";
import { recordBaseline } from "../../server/audit/baseline.js";
import { verifyChain } from "../../server/history/verify.js";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { openDatabase, idPrefix } from "../support/integration.js";
import { riskMix, type Answer } from "../support/risk-mix.js";
import { startServer, type ServerProcess } from "../support/server-process.js";

// Two server processes on one Neo4j, sharing its audit key and heads file as two servers on one
// machine do: clients of both mix imports with every kind of risk change on shared risks.
const P = idPrefix("w");
const id = (s: string): string => `${P}${s}`;
const CLIENTS = 6;
const OPERATIONS_EACH = Number(process.env.TWO_SERVER_CHANGES ?? 25);
const AUTH_CACHE_MS = 250;

let db: Database;
let servers: ServerProcess[] = [];
let token = "";
const live: string[] = [];
const notes = new Map<string, string[]>();
const { deleted, unexpected, input, transfusion, acknowledged } = riskMix(P);
let writes = 0;

async function post(server: ServerProcess, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

async function client(n: number): Promise<void> {
  for (let i = 0; i < OPERATIONS_EACH; i++) {
    const server = servers[(n + i) % 2]!;
    const roll = (i * 7 + n * 3) % 10;
    const target = live[Math.floor(Math.random() * live.length)];
    if (roll < 2) {
      const r = await post(server, "mutation($d: JSON!) { importGraph(document: $d, mode: MERGE) { nodes } }", {
        d: transfusion(i % 4 < 2 ? "MINOR" : "CATASTROPHIC"),
      });
      if (acknowledged("import", null, r)) writes++;
    } else if (roll < 4 || !target) {
      const r = await post(server, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", { i: input(`client ${n} risk ${i}`) });
      if (acknowledged("create", null, r)) {
        live.push((r.data!.createRisk as { id: string }).id);
        writes++;
      }
    } else if (roll < 7) {
      const note = `client ${n} note ${i}`;
      const r = await post(
        server,
        'mutation($id: ID!, $n: String!) { reviewRisk(id: $id, note: $n, nextReviewDate: "2031-01-01") { id } }',
        { id: target, n: note },
      );
      if (acknowledged("review", target, r)) {
        notes.set(target, [...(notes.get(target) ?? []), note]);
        writes++;
      }
    } else if (roll < 9) {
      if (
        acknowledged(
          "update",
          target,
          await post(server, "mutation($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }", {
            id: target,
            i: input(`updated by client ${n}`),
          }),
        )
      )
        writes++;
    } else {
      live.splice(live.indexOf(target), 1);
      deleted.add(target);
      if (acknowledged("delete", target, await post(server, "mutation($id: ID!) { deleteRisk(id: $id) }", { id: target }))) writes++;
    }
  }
}

beforeAll(async () => {
  db = await openDatabase();
  // Other test files change the shared graph directly; the trail records it as it stands first.
  await recordBaseline(db, commandLineActor());
  token = (await createToken(db, "ADMIN", `${P}admin`, commandLineActor())).token;
  const env = { AUTH_CACHE_MS: String(AUTH_CACHE_MS) };
  servers = await Promise.all([startServer(inject("neo4jUri"), { env }), startServer(inject("neo4jUri"), { env })]);
  const r = await post(servers[0]!, "mutation($d: JSON!) { importGraph(document: $d) { nodes } }", {
    d: withPrefix(loadJson("seed/worked-example.json"), P),
  });
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db.close();
});

describe("two servers over one Neo4j", () => {
  it("lose no write, keep one chain, and each sees the other's writes within AUTH_CACHE_MS", async () => {
    const before = (await verifyChain(db)).events;
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    expect(unexpected).toEqual([]);

    const stored = await db.read(async (tx) =>
      (await tx.run("MATCH (k:Risk) WHERE k.owner = $owner RETURN k.id AS id, k.reviews AS reviews", { owner: `${P}owner` })).records.map(
        (r) => ({ id: r.get("id") as string, reviews: JSON.parse(r.get("reviews") as string) as Array<{ note: string }> }),
      ),
    );
    const lost =
      [...live].filter((k) => !stored.some((s) => s.id === k)).length +
      stored.filter((s) => !(notes.get(s.id) ?? []).every((n) => s.reviews.some((r) => r.note === n))).length;
    expect(stored.map((s) => s.id).sort()).toEqual([...live].sort());
    expect(lost).toBe(0);

    const chain = await verifyChain(db);
    expect(chain).toMatchObject({ ok: true, firstBroken: null });
    expect(chain.events - before).toBeGreaterThanOrEqual(writes);
    console.log(
      `Two servers: ${writes} writes acknowledged, ${lost} lost; one chain of ${chain.events} events verified (${chain.events - before} new).`,
    );

    // A node written through one server is read through the other once AUTH_CACHE_MS has passed.
    const [a, b] = servers as [ServerProcess, ServerProcess];
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const org = id(`seen-${randomUUID().slice(0, 6)}`);
      expect(
        (
          await post(from, "mutation($d: JSON!) { importGraph(document: $d) { nodes } }", {
            d: { organisations: [{ id: org, name: "Seen", type: "OTHER" }] },
          })
        ).errors,
      ).toBeUndefined();
      await new Promise((r) => setTimeout(r, AUTH_CACHE_MS + 50));
      expect((await post(to, "query($id: ID!) { node(id: $id) { id } }", { id: org })).data).toEqual({ node: { id: org } });
      const risk = (await post(from, "mutation($i: RiskInput!) { createRisk(input: $i) { id } }", { i: input("seen across servers") }))
        .data!.createRisk as { id: string };
      await new Promise((r) => setTimeout(r, AUTH_CACHE_MS + 50));
      expect((await post(to, "query($id: ID!) { risk(id: $id) { id } }", { id: risk.id })).data).toEqual({ risk: { id: risk.id } });
    }
  });
});
