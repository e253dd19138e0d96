import type { ServerProcess } from "../support/server-process.js";
import { summarise, type Summary } from "./stats.js";

export interface BusyFigures {
  /** node(id) latencies while the rankings ran. */
  cheap: Summary;
  /** From the first ranking asked to the last answered. */
  rankingsMs: number;
  /** SERVICE_BUSY answers the ranking clients had to wait out and retry. */
  busy: number;
}

type Answer = { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }> };

/** Sends GraphQL requests to the server with the token, answering their JSON. */
export function poster(server: ServerProcess, token: string): (query: string, variables: Record<string, unknown>) => Promise<Answer> {
  return async (query, variables) => {
    const res = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Answer;
  };
}

/** node(id) one at a time, 10 ms apart, until `done` says stop; the latencies. */
export async function cheapLatencies(post: ReturnType<typeof poster>, ids: readonly string[], done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  for (let k = 0; !done(); k++) {
    const s = performance.now();
    const r = await post(NODE, { id: ids[k % ids.length] });
    if (r.errors) throw new Error(`node(id) failed: ${r.errors[0]!.message}`);
    latencies.push(performance.now() - s);
    await new Promise((ok) => setTimeout(ok, 10));
  }
  return latencies;
}

const RANK = `query($w: [Float!]) { protectFirst(first: 5, profile: { severityWeights: $w }) { totalCount } }`;
const NODE = `query($id: ID!) { node(id: $id) { id name } }`;

/**
 * Eight clients each ask for a full ranking with a scoring profile of their own (retrying
 * after the hint when the server says SERVICE_BUSY), while one more client asks for one
 * node at a time, and the cheap query's latency is kept until the last ranking is answered.
 */
export async function busyBench(server: ServerProcess, token: string, ids: readonly string[], round: number): Promise<BusyFigures> {
  const post = poster(server, token);
  // The projection loaded before timing starts: a cheap scenario on the server's graph.
  await post("{ graphSummary { version } }", {});
  await post(`query($id: ID!) { blastRadius(lost: [$id]) { affectedCount } }`, { id: ids[0] });

  let running = 8;
  let busy = 0;
  const started = performance.now();
  const rankings = Array.from({ length: 8 }, async (_, k) => {
    // A profile per client and per round, so no ranking is served from an earlier one's cache.
    const w = [1, 2, 4, 8, 16 + k + 8 * round + 0.5];
    for (;;) {
      const r = await post(RANK, { w });
      const wait = r.errors?.find((e) => e.extensions?.code === "SERVICE_BUSY")?.extensions?.retryAfterSeconds;
      if (wait === undefined) {
        if (r.errors) throw new Error(`ranking failed: ${r.errors[0]!.message}`);
        break;
      }
      busy++;
      await new Promise((ok) => setTimeout(ok, wait * 1000));
    }
    running--;
  });
  const [latencies] = await Promise.all([cheapLatencies(post, ids, () => running === 0), ...rankings]);
  return { cheap: summarise(latencies), rankingsMs: performance.now() - started, busy };
}
