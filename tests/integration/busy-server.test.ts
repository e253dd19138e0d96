import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { createApp } from "../../server/app.js";
import { denseGraph, nestedNeighbours } from "../support/dense-graph.js";
import { gql, openDatabase, type GqlResult } from "../support/integration.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { tcpProxy } from "../support/tcp-proxy.js";

/**
 * The real server in its own process, so its event loop and its connection pool are its own:
 * what a heavy or hostile request does to everyone else's, measured from outside.
 */
let db: Database;
let server: ServerProcess;
let board: string;
let admin: string;
let start: string;

beforeAll(async () => {
  db = await openDatabase();
  start = await denseGraph(db);
  board = (await createToken(db, "BOARD", "busy-board", { name: "test set-up", role: "ADMIN" })).token;
  admin = (await createToken(db, "ADMIN", "busy-admin", { name: "test set-up", role: "ADMIN" })).token;
  server = await startServer(inject("neo4jUri"));
});
afterAll(async () => {
  await server?.stop();
  await db.close();
});

async function post(base: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as Omit<GqlResult, "status">) };
}

/** Times /health and { me } every 200 ms until `busy` settles; every answer must be in time. */
async function sampleWhile(base: string, busy: Promise<unknown>): Promise<Array<{ health: number; me: number; during: boolean }>> {
  let settled = false;
  // Settled either way; a rejection is the caller's to check, never left unhandled here.
  busy.then(
    () => (settled = true),
    () => (settled = true),
  );
  const samples = [];
  while (!settled || samples.length < 3) {
    const during = !settled;
    let t = performance.now();
    const h = await fetch(`${base}/health`);
    const health = performance.now() - t;
    expect(h.status).toBe(200);
    t = performance.now();
    const me = await post(base, board, "{ me { role } }");
    expect(me.data).toEqual({ me: { role: "BOARD" } });
    samples.push({ health, me: performance.now() - t, during });
    await new Promise((r) => setTimeout(r, 200));
  }
  return samples;
}

describe("one heavy request does not starve the others", () => {
  it("refuses, before it runs, the nested neighbours query that once held every connection", async () => {
    const r = await post(server.base, board, nestedNeighbours(start, 5, null));
    expect(r.errors?.[0]?.message).toMatch(/cost/);
  });

  // Timed against a wall clock: a second try absorbs a machine busy with other work.
  it("answers /health and { me } within a second while the heaviest allowed queries run", { retry: 2 }, async () => {
    // Five levels with nine at each: 7,381 round trips, the most the cost limit lets through.
    const heavy = Promise.all(Array.from({ length: 3 }, () => post(server.base, board, nestedNeighbours(start, 5, 9))));
    heavy.catch(() => {}); // awaited below; a sample failing first must not leave it unhandled
    const samples = await sampleWhile(server.base, heavy);
    const results = await heavy;
    for (const r of results) expect(r.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
    const during = samples.filter((s) => s.during);
    expect(during.length).toBeGreaterThan(0);
    console.log(`health/me during the heavy queries (ms): ${during.map((s) => `${s.health.toFixed(0)}/${s.me.toFixed(0)}`).join(" ")}`);
    for (const s of during) {
      expect(s.health).toBeLessThan(1000);
      expect(s.me).toBeLessThan(1000);
    }
  });

  it("stops a request at its time budget", async () => {
    const tight = createApp({ db, maxRequestBytes: 1e6, requestTimeoutMs: 300 });
    const r = await gql(tight, board, nestedNeighbours(start, 5, 9));
    expect(r.errors?.map((e) => e.extensions?.code)).toContain("REQUEST_TIMEOUT");
  });
});

describe("a large invalid import", () => {
  // Timed against a wall clock: a second try absorbs a machine busy with other work.
  it("is refused with a bounded list of problems while the server keeps answering", { retry: 2 }, async () => {
    // 10 MB of JSON: five million entries that are not organisations.
    const document = { organisations: new Array<number>(5_000_000).fill(0) };
    const importing = post(server.base, admin, "mutation($d: JSON!) { importGraph(document: $d) { nodes } }", { d: document });
    importing.catch(() => {}); // awaited below
    const samples = await sampleWhile(server.base, importing);
    const r = await importing;
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const problems = r.errors?.[0]?.extensions?.problems ?? [];
    expect(problems).toHaveLength(1001);
    expect(problems.at(-1)?.message).toMatch(/and 4,999,000 more entries, not checked/);
    console.log(
      `health/me during the import (ms): ${samples
        .filter((s) => s.during)
        .map((s) => `${s.health.toFixed(0)}/${s.me.toFixed(0)}`)
        .join(" ")}`,
    );
    const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
    const kib = (field: string): number => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0);
    console.log(
      `server memory after the refusal: ${(kib("VmRSS") / 1024).toFixed(0)} MiB resident, at most ${(kib("VmHWM") / 1024).toFixed(0)} MiB since it started`,
    );
    for (const s of samples.filter((x) => x.during)) expect(s.health).toBeLessThan(1000);
  });
});

describe("when the database is down", () => {
  it("/health says so within a second, and a request caught by the outage answers SERVICE_UNAVAILABLE", async () => {
    const proxy = await tcpProxy(inject("neo4jUri"));
    const cut = await startServer(proxy.uri, { env: { AUTH_CACHE_MS: "60000" }, password: inject("neo4jPassword") });
    try {
      expect((await post(cut.base, board, "{ me { role } }")).data).toEqual({ me: { role: "BOARD" } });
      await proxy.cut();
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const h = await fetch(`${cut.base}/health`);
        const ms = performance.now() - t;
        console.log(`/health with the database down: ${ms.toFixed(0)} ms`);
        expect(h.status).toBe(503);
        expect(ms).toBeLessThan(1000);
      }
      const r = await post(cut.base, board, "{ graphSummary { version } }");
      expect(r.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await cut.stop();
      await proxy.close();
    }
  });
});
