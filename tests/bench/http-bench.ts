import { spawn, type ChildProcess } from "node:child_process";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { freePort } from "../support/free-port.js";
import { peakRss, summarise, type Summary } from "./stats.js";

export interface HttpFigures {
  clients: number;
  requests: number;
  /** First pass: every answer's nodes read from Neo4j. */
  cold: Summary;
  /** Second pass over the same assets, the steady state. */
  latency: Summary;
  perSecond: number;
  warmupMs: number;
  serverPeakRss: number;
  errors: number;
}

const QUERY = `query($id: ID!) { blastRadius(lost: [$id], compromised: [$id]) {
  affectedCount totalHarm consequence careServices { service { id name } harm consequence } } }`;

/**
 * The real server, as `npm start` runs it, against the benchmark's Neo4j; 16 clients on
 * loopback each send blastRadius requests in turn for a bounded count and time.
 */
export async function httpBench(db: Database, uri: string, assets: readonly string[], log: (l: string) => void, clients = 16, perClient = 40): Promise<HttpFigures> {
  const { token } = await createToken(db, "AUDITOR", "benchmark", { name: "benchmark", role: "ADMIN" });
  const port = await freePort();
  const server = spawn(process.execPath, [...(process.env.PROFILE_SERVER ? ["--cpu-prof", "--cpu-prof-dir=/tmp/sprof"] : []), "--import", "tsx", "server/main.ts"], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: "", PORT: String(port), SEED_ON_EMPTY: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await waitForListening(server);
    const url = `http://127.0.0.1:${port}/graphql`;
    const post = async (id: string): Promise<boolean> => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { id } }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      return res.ok && !body.errors;
    };
    const w = performance.now();
    if (!(await post(assets[0]!))) throw new Error("the warm-up request failed");
    const warmupMs = performance.now() - w;
    log(`Server warm (projection loaded) in ${(warmupMs / 1000).toFixed(1)} s.`);

    // Two passes over the same assets: the first reads each answer's nodes from Neo4j, the
    // second finds them in the server's cache for the graph version. Both are reported.
    const cold = await load(post, assets, clients, perClient);
    const warm = await load(post, assets, clients, perClient);
    return {
      clients,
      requests: cold.latencies.length + warm.latencies.length,
      cold: summarise(cold.latencies),
      latency: summarise(warm.latencies),
      perSecond: warm.perSecond,
      errors: cold.errors + warm.errors,
      warmupMs,
      serverPeakRss: peakRss(server.pid!),
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

async function load(post: (id: string) => Promise<boolean>, assets: readonly string[], clients: number, perClient: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + 120_000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let k = 0; k < perClient && performance.now() < deadline; k++) {
        const id = assets[(c * perClient + k) % assets.length]!;
        const s = performance.now();
        if (!(await post(id))) errors++;
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies, errors, perSecond: latencies.length / ((performance.now() - started) / 1000) };
}

function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (d: Buffer) => {
      buffer += d.toString();
      if (buffer.includes("Serving http://")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before listening:\n${buffer}`)));
  });
}
