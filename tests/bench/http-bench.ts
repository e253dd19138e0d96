import type { ServerProcess } from "../support/server-process.js";
import { cpuMs, peakRss, summarise, type Summary } from "./stats.js";

export interface HttpFigures {
  clients: number;
  requests: number;
  /** First pass: every answer's nodes read from Neo4j. */
  cold: Summary;
  /** Second pass: nodes cached, the server's code still warming up (modules compiled on first use, JIT). */
  second: Summary;
  /** Second pass over the same assets, the steady state. */
  latency: Summary;
  perSecond: number;
  warmupMs: number;
  serverPeakRss: number;
  /** CPU time per request in the steady pass: the server's, Neo4j's, and the clients' (this process). */
  cpuPerRequest: { server: number; neo4j: number; clients: number };
  errors: number;
}

const QUERY = `query($id: ID!) { blastRadius(lost: [$id], compromised: [$id]) {
  affectedCount totalHarm consequence careServices { service { id name } harm consequence } } }`;

/**
 * 16 clients on loopback each send blastRadius requests in turn to the running server, for a
 * bounded count and time: a first pass, then the same assets again.
 */
export async function httpBench(
  server: ServerProcess,
  neo4jPid: number,
  token: string,
  assets: readonly string[],
  log: (l: string) => void,
  clients = 16,
  perClient = 40,
): Promise<HttpFigures> {
  const url = `${server.base}/graphql`;
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

  // Three passes over the same assets: the first reads each answer's nodes from Neo4j, the
  // second finds them in the server's cache for the graph version while its code is still
  // warming up, the third is the steady state the target is about. All are reported.
  const cold = await load(post, assets, clients, perClient);
  const second = await load(post, assets, clients, perClient);
  const before = { server: cpuMs(server.pid), neo4j: cpuMs(neo4jPid), clients: cpuMs() };
  const warm = await load(post, assets, clients, perClient);
  const n = warm.latencies.length;
  const cpuPerRequest = {
    server: (cpuMs(server.pid) - before.server) / n,
    neo4j: (cpuMs(neo4jPid) - before.neo4j) / n,
    clients: (cpuMs() - before.clients) / n,
  };
  return {
    clients,
    requests: cold.latencies.length + second.latencies.length + warm.latencies.length,
    cold: summarise(cold.latencies),
    second: summarise(second.latencies),
    latency: summarise(warm.latencies),
    perSecond: warm.perSecond,
    errors: cold.errors + second.errors + warm.errors,
    warmupMs,
    serverPeakRss: peakRss(server.pid),
    cpuPerRequest,
  };
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
