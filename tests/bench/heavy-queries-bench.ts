import { readFileSync } from "node:fs";
import { createToken } from "../../server/auth/tokens.js";
import { denseGraph, nestedNeighbours } from "../support/dense-graph.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { withOwnNeo4j } from "./own-neo4j.js";
import { percentile } from "./stats.js";

export interface HeavyQueryFigures {
  healthP99: number;
  healthMax: number;
  samples: number;
  /** How each heavy request was answered: "answered", or its error code. */
  answers: string[];
  seconds: number;
  load: string;
}

const loadAverage = (): string => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/** Ten blast radii of a 200-node ring, each asking two levels of every affected node's neighbours: refused by its real cost. */
const tenRadii = (start: string): string =>
  `{ ${Array.from({ length: 10 }, (_, i) => `r${i}: blastRadius(lost: ["${start}"]) { affected { node { neighbours(first: 10) { node { neighbours(first: 10) { node { id } } } } } } }`).join(" ")} }`;
const fragmentBomb = `{ ...S40 }\n${['fragment S0 on Query { searchNodes(text: "a", first: 1) { id } }', ...Array.from({ length: 40 }, (_, i) => `fragment S${i + 1} on Query { ...S${i} ...S${i} }`)].join("\n")}`;

/**
 * The heaviest queries the limits allow (three of five levels of nine neighbours, 7,381 round
 * trips each) sent at once with those the limits refuse (ten large radii asking neighbours, the
 * forty-level fragment document), to the real server in its own process, while /health is
 * timed every 50 ms.
 */
export async function heavyQueriesBench(log: (l: string) => void): Promise<HeavyQueryFigures> {
  const dataDir = ".data/bench-heavy-queries";
  return withOwnNeo4j(dataDir, log, async (neo4j, db) => {
    let server: ServerProcess | null = null;
    try {
      const { token } = await createToken(db, "BOARD", "heavy-queries-bench", { name: "benchmark", role: "ADMIN" });
      const dense = await denseGraph(db);
      const ring = await denseGraph(db, 200, 2);
      server = await startServer(neo4j.uri, { password: neo4j.password });
      const s = server;
      const post = async (query: string): Promise<string> => {
        const res = await fetch(`${s.base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        return body.errors?.[0]?.extensions?.code ?? "answered";
      };
      for (let i = 0; i < 5; i++) await fetch(`${s.base}/health`);
      await post(`{ blastRadius(lost: ["${ring}"]) { affectedCount } }`);
      const started = performance.now();
      let done = false;
      const heavy = [...Array.from({ length: 3 }, () => nestedNeighbours(dense, 5, 9)), tenRadii(ring), tenRadii(ring), fragmentBomb];
      const answers = Promise.all(heavy.map(post)).finally(() => (done = true));
      const samples: number[] = [];
      while (!done) {
        const t = performance.now();
        await fetch(`${s.base}/health`);
        samples.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      const sorted = samples.sort((a, b) => a - b);
      const f = {
        healthP99: percentile(sorted, 0.99),
        healthMax: sorted.at(-1) ?? 0,
        samples: sorted.length,
        answers: await answers,
        seconds: (performance.now() - started) / 1000,
        load: loadAverage(),
      };
      log(
        `heaviest queries: ${f.seconds.toFixed(1)} s, /health p99 ${f.healthP99.toFixed(0)} ms (max ${f.healthMax.toFixed(0)}, ${f.samples} samples); load ${f.load}; answers ${f.answers.join(", ")}`,
      );
      return f;
    } finally {
      await server?.stop();
    }
  });
}
