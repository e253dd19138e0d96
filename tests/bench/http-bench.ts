import { spawn, type ChildProcess } from "node:child_process";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { freePort } from "./bench-db.js";
import { peakRss, summarise, type Summary } from "./stats.js";

export interface HttpFigures {
  clients: number;
  requests: number;
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
  const { token } = await createToken(db, "AUDITOR", "benchmark");
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
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
    const seconds = (performance.now() - started) / 1000;
    return {
      clients,
      requests: latencies.length,
      latency: summarise(latencies),
      perSecond: latencies.length / seconds,
      warmupMs,
      serverPeakRss: peakRss(server.pid!),
      errors,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
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
