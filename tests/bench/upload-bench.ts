import { readFileSync, writeFileSync } from "node:fs";
import { createToken } from "../../server/auth/tokens.js";
import { startServer, type ServerProcess } from "../support/server-process.js";
import { withOwnNeo4j } from "./own-neo4j.js";
import { peakRss, percentile } from "./stats.js";
import { heaviestCsv, heaviestXlsx } from "./upload-files.js";

export interface UploadFigure {
  what: string;
  /** The import's answer, which must be a refusal, and how long it took. */
  answer: string;
  seconds: number;
  healthP99: number;
  healthMax: number;
  healthSamples: number;
  /** The server's peak resident memory while it ran, over its resident memory idle before. */
  peakOverIdle: number;
  load: string;
}

const IMPORT = "mutation($f: [ImportFileInput!]!) { importModel(files: $f, preview: true) { applied } }";
const rss = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
const loadAverage = (): string => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/**
 * The heaviest uploads the default limits allow (UPLOAD_MAX_ROWS rows of UPLOAD_MAX_CELLS cells,
 * as a workbook and as CSV), sent to the real server in its own process: /health timed every
 * 50 ms meanwhile, and the server's peak memory over its idle memory (the kernel's high-water
 * mark, reset before each upload).
 */
export async function uploadBench(log: (l: string) => void, rows: number): Promise<UploadFigure[]> {
  const dataDir = ".data/bench-uploads";
  return withOwnNeo4j(dataDir, log, async (neo4j, db) => {
    let server: ServerProcess | null = null;
    try {
      const { token } = await createToken(db, "RISK_MANAGER", "upload-bench", { name: "benchmark", role: "ADMIN" });
      const xlsx = { name: "heaviest.xlsx", content: await heaviestXlsx(`${dataDir}/files`, rows) };
      const csv = { name: "heaviest.csv", content: heaviestCsv(rows) };
      log(
        `Workbook of ${rows.toLocaleString("en-GB")} rows: ${(xlsx.content.length / 1024 / 1024).toFixed(1)} MiB as base64; CSV: ${(csv.content.length / 1024 / 1024).toFixed(1)} MiB.`,
      );
      server = await startServer(neo4j.uri, { password: neo4j.password });
      const s = server;
      const post = async (files: Array<{ name: string; content: string }>): Promise<string> => {
        const res = await fetch(`${s.base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: IMPORT, variables: { f: files } }),
        });
        const body = (await res.json()) as { errors?: Array<{ message: string }> };
        return body.errors?.[0]?.message ?? "accepted";
      };
      for (let i = 0; i < 5; i++) await fetch(`${s.base}/health`);
      const figures: UploadFigure[] = [];
      for (const [what, uploads] of [
        ["workbook", [[xlsx]]],
        ["CSV", [[csv]]],
        ["workbook and CSV at once", [[xlsx], [csv]]],
      ] as const) {
        await new Promise((r) => setTimeout(r, 2000));
        const idle = rss(s.pid);
        writeFileSync(`/proc/${s.pid}/clear_refs`, "5"); // resets the high-water mark to the resident memory now
        const started = performance.now();
        let done = false;
        const answers = Promise.all(uploads.map((files) => post([...files]))).finally(() => (done = true));
        const samples: number[] = [];
        while (!done) {
          const t = performance.now();
          await fetch(`${s.base}/health`);
          samples.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 50));
        }
        const answer = (await answers).join(" | ");
        const sorted = samples.sort((a, b) => a - b);
        const f = {
          what,
          answer,
          seconds: (performance.now() - started) / 1000,
          healthP99: percentile(sorted, 0.99),
          healthMax: sorted.at(-1) ?? 0,
          healthSamples: sorted.length,
          peakOverIdle: peakRss(s.pid) - idle,
          load: loadAverage(),
        };
        log(
          `${what}: ${f.seconds.toFixed(1)} s, /health p99 ${f.healthP99.toFixed(0)} ms (max ${f.healthMax.toFixed(0)}, ${f.healthSamples} samples), peak RSS ${(f.peakOverIdle / 1024 / 1024).toFixed(0)} MiB over idle; load ${f.load}; ${answer}`,
        );
        figures.push(f);
      }
      return figures;
    } finally {
      await server?.stop();
    }
  });
}
