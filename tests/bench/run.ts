import { SCALES, type Scale } from "../../seed/generator/generate.js";
import { openBenchDb } from "./bench-db.js";
import { engineBench, type EngineFigures } from "./engine-bench.js";
import { execFileSync } from "node:child_process";
import os from "node:os";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import { commandLine, exitWithUsage } from "../../server/cli/command-line.js";
import { startServer } from "../support/server-process.js";
import { browserBench, type BrowserFigures } from "./browser-bench.js";
import { httpBench, type HttpFigures } from "./http-bench.js";
import { busyBench, type BusyFigures } from "./busy-bench.js";
import { reloadBench, type ReloadFigures } from "./reload-bench.js";
import { mib, ms, peakRss } from "./stats.js";
import { recoveryBench, type RecoveryFigures } from "./recovery-bench.js";
import { REPLACE_HEAP_MB, REPLACE_SIZES, replaceBench, replaceLines, type ReplaceFigure } from "./replace-bench.js";
import { importBench, type ImportFigures } from "./import-bench.js";
import { uploadBench, type UploadFigure } from "./upload-bench.js";
import { DEFAULT_UPLOAD_LIMITS } from "../../server/import/upload-limits.js";
import { lapseBench } from "./lapse-bench.js";
import { NATIONAL_REPLACE_HEAP_MB, nationalReplaceBench, type NationalReplaceFigures } from "./national-replace.js";
import { costCheckBench, type CostCheckFigures } from "./cost-check-bench.js";
import { heavyQueriesBench, type HeavyQueryFigures } from "./heavy-queries-bench.js";
import { investmentBench, type InvestmentFigures } from "./investment-bench.js";
import { memoryLines, threadsBench, type ThreadFigures } from "./threads-bench.js";
import type { MemoryReport } from "../../server/analysis/thread-memory.js";
import { memoryOnly } from "./memory-only.js";
import { serverMemory, topAssets } from "./server-reads.js";

/**
 * npm run bench [-- --scales trust,national|none] [--seed N] [--engine-only | --browser-only | --lapses | --investment | --memory] [--replace-sizes 10000,20000,100000,national|none] [--import-rows N|none] [--uploads ROWS|none] [--hostile]
 * (--engine-only skips the HTTP and browser figures; --browser-only times only the explorer in
 * Chromium, on a server started for it, with the machine's load average; --lapses times only the
 * check that lapses 500 accepted risks after the graph moves; --investment times only the best
 * investment for a budget, on a server of its own, beside the brute force: 12 candidates and 50 risks,
 * or at national scale 40 and 500 with node(id) sampled meanwhile; --memory reads only the server's
 * memory, its peak before and after a reload of the graph, on a server of its own; --import-rows, off unless given, previews
 * and imports a dependency sheet of N rows through importModel's code path, which takes minutes at 100,000;
 * --uploads, off unless given, sends the heaviest uploads the limits allow, of ROWS rows, to a server of its own;
 * --hostile, off unless given, times the query cost check on the forty-level fragment document
 * and /health while the heaviest queries the limits allow, and some they refuse, run at once.)
 * Loads (or reuses) each generated estate in a Neo4j of its own and prints the figures the
 * engine is held to, each beside its target, with the Cypher baseline measured in the same run;
 * then times REPLACE imports at the given sizes in another Neo4j, and the bulk import in a third.
 */
const USAGE = `usage: npm run bench -- [--scales ${SCALES.join(",")}|none] [--seed N] [--engine-only | --browser-only | --lapses | --investment | --memory] [--replace-sizes ${REPLACE_SIZES.join(",")},national|none] [--replace-heap-mb ${REPLACE_HEAP_MB}] [--import-rows 100000|none] [--uploads ${DEFAULT_UPLOAD_LIMITS.rows}|none] [--hostile]`;
const { values } = commandLine(USAGE, {
  options: {
    scales: { type: "string", default: "trust,national" },
    seed: { type: "string", default: "1" },
    "engine-only": { type: "boolean", default: false },
    "browser-only": { type: "boolean", default: false },
    lapses: { type: "boolean", default: false },
    investment: { type: "boolean", default: false },
    memory: { type: "boolean", default: false },
    "replace-sizes": { type: "string", default: REPLACE_SIZES.join(",") },
    "replace-heap-mb": { type: "string", default: String(REPLACE_HEAP_MB) },
    "import-rows": { type: "string", default: "none" },
    hostile: { type: "boolean", default: false },
    uploads: { type: "string", default: "none" },
  },
});
const listed = (v: string): string[] => (v === "none" ? [] : v.split(","));
const scales = listed(values.scales) as Scale[];
const seed = Number(values.seed);
const replaceListed = listed(values["replace-sizes"]);
// "national" in the list: the whole national estate, read from one JSON file as the command line reads it.
const replaceNational = replaceListed.includes("national");
const replaceSizes = replaceListed.filter((s) => s !== "national").map(Number);
const replaceHeapMb = Number(values["replace-heap-mb"]);
const importRows = values["import-rows"] === "none" ? 0 : Number(values["import-rows"]);
const uploadRows = values.uploads === "none" ? 0 : Number(values.uploads);
const badSize = (n: number): boolean => !Number.isInteger(n) || n < 1;
if (
  scales.some((s) => !SCALES.includes(s)) ||
  [values["engine-only"], values["browser-only"], values.lapses, values.investment, values.memory].filter(Boolean).length > 1 ||
  !Number.isInteger(seed) ||
  replaceSizes.some(badSize) ||
  badSize(replaceHeapMb) ||
  (importRows !== 0 && badSize(importRows)) ||
  (uploadRows !== 0 && badSize(uploadRows))
)
  exitWithUsage(USAGE);
const log = (l: string): void => console.log(`  ${l}`);
const pass = (ok: boolean): string => (ok ? "meets" : "MISSES");

const engineOnly = values["engine-only"];
const browserOnly = values["browser-only"];
// The browser figures use the built client, as `npm start` serves it.
const only = values.lapses || values.investment || values.memory;
if (scales.length && !engineOnly && !only) execFileSync("npm", ["run", "--silent", "build:client"], { stdio: "inherit" });
interface ServerFigures {
  http: HttpFigures;
  browser: BrowserFigures | null;
  busy: { inline: BusyFigures; workers: BusyFigures };
  reload: { inline: ReloadFigures; workers: ReloadFigures };
  /** The server's own report after the whole benchmark (GET /admin/memory). */
  memory: MemoryReport;
}
const results: Array<{
  scale: Scale;
  engine: EngineFigures;
  recovery: RecoveryFigures;
  threads: ThreadFigures;
  server: ServerFigures | null;
  loadRate: number | null;
}> = [];
for (const scale of scales) {
  console.log(`\n== ${scale} scale (seed ${seed}) ==`);
  const bench = await openBenchDb(scale, seed, log);
  try {
    if (bench.load) log(`Generated and loaded at ${Math.round(bench.load.perSecond)} nodes+relationships a second.`);
    if (browserOnly) {
      await explorerOnly(bench.db, bench.uri, scale, bench.neo4j.password);
      continue;
    }
    if (values.lapses) {
      await lapseBench(bench.db, log);
      continue;
    }
    if (values.memory) {
      await memoryOnly(bench.db, bench.uri, scale, bench.neo4j.password, log);
      continue;
    }
    if (values.investment) {
      await investmentOnly(bench.db, bench.uri, scale, bench.neo4j.password);
      continue;
    }
    const engine = await engineBench(bench.db, log);
    const recovery = await recoveryBench(bench.db, engine.engine, log);
    const threads = await threadsBench(bench.db, engine.engine.p, engine.ranking, log);
    if (engineOnly) {
      results.push({ scale, engine, recovery, threads, server: null, loadRate: bench.load?.perSecond ?? null });
      continue;
    }
    const { token } = await createToken(bench.db, "AUDITOR", "benchmark", { name: "benchmark", role: "ADMIN" });
    const server = await startServer(bench.uri, { password: bench.neo4j.password });
    try {
      const http = await httpBench(server, bench.neo4j.pid, token, engine.sample, log);
      log("The explorer in Chromium, on the five assets with the largest blast radius by harm:");
      // The browser's figures are printed when they can be taken; the server's after them are still wanted if not.
      const browser = await browserBench(server, token, await topAssets(server.base, token, 5), log).catch((e: unknown) => {
        log(`The explorer could not be timed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
        return null;
      });
      http.serverPeakRss = peakRss(server.pid);
      log("node(id) while eight rankings with different profiles run, engine in worker threads:");
      const workers = await busyBench(server, token, engine.sample, 0);
      log("node(id) while the server loads the live graph again after a write, the load in a thread of its own:");
      const reloadWorkers = await reloadBench(server, bench.db, token, engine.sample);
      // The baseline: the same load on a server that runs the engine on its main thread.
      const inlineServer = await startServer(bench.uri, { env: { ANALYSIS_WORKERS: "0" }, password: bench.neo4j.password });
      let inline: BusyFigures;
      let reloadInline: ReloadFigures;
      try {
        log("The same with the engine on the main thread (ANALYSIS_WORKERS=0):");
        inline = await busyBench(inlineServer, token, engine.sample, 1);
        reloadInline = await reloadBench(inlineServer, bench.db, token, engine.sample);
      } finally {
        await inlineServer.stop();
      }
      // The memory report is for ADMIN only; the figures above are read as an auditor.
      const admin = await createToken(bench.db, "ADMIN", "benchmark memory", { name: "benchmark", role: "ADMIN" });
      const memory = await serverMemory(server.base, admin.token);
      results.push({
        scale,
        engine,
        recovery,
        threads,
        server: { http, browser, busy: { inline, workers }, reload: { inline: reloadInline, workers: reloadWorkers }, memory },
        loadRate: bench.load?.perSecond ?? null,
      });
    } finally {
      await server.stop();
    }
  } finally {
    await bench.db.close();
    await bench.neo4j.stop();
  }
}

let replaced: ReplaceFigure[] = [];
if (replaceSizes.length && !only) {
  console.log(`\n== REPLACE import, ${replaceSizes.join(", ")} nodes ==`);
  replaced = await replaceBench(replaceSizes, replaceHeapMb, log);
}

let nationalReplace: NationalReplaceFigures | null = null;
if (replaceNational && !only) {
  console.log("\n== REPLACE import of the national estate ==");
  nationalReplace = await nationalReplaceBench(log);
}

let uploads: UploadFigure[] = [];
if (uploadRows) {
  console.log(`\n== the heaviest uploads the limits allow: ${uploadRows.toLocaleString("en-GB")} rows ==`);
  uploads = await uploadBench(log, uploadRows);
}

let imported: ImportFigures | null = null;
if (importRows) {
  console.log(`\n== bulk import: a ${importRows.toLocaleString("en-GB")}-row dependency sheet ==`);
  imported = await importBench(log, importRows);
}

let hostile: { cost: CostCheckFigures; heavy: HeavyQueryFigures } | null = null;
if (values.hostile) {
  console.log("\n== hostile requests: the cost check, and /health under the heaviest queries ==");
  hostile = { cost: costCheckBench(log), heavy: await heavyQueriesBench(log) };
}

console.log(`\n== Figures (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${os.cpus().length} cores) ==`);
for (const { scale, engine: e, recovery: r, threads: t, server, loadRate } of results) {
  const ratio = e.cypher.median / e.blastFailsOnly.median;
  const national = scale === "national";
  console.log(`\n${scale}: ${e.nodes.toLocaleString("en-GB")} nodes`);
  if (loadRate !== null)
    console.log(
      `  generator load            ${Math.round(loadRate).toLocaleString("en-GB")} nodes+rels/s${national ? `   (target ≥ 50,000/s: ${pass(loadRate >= 50_000)})` : ""}`,
    );
  console.log(
    `  projection load           ${(e.loadMs / 1000).toFixed(1)} s, RSS after ${mib(e.rssAfterLoad)}${national ? `   (target < 60 s: ${pass(e.loadMs < 60_000)})` : ""}`,
  );
  console.log(
    `  projection load, thread   ${(t.loadMs / 1000).toFixed(1)} s, read in the loading thread and shared, as the server loads it${national ? `   (target < 20 s: ${pass(t.loadMs < 20_000)})` : ""}`,
  );
  console.log(
    `  bytes a node, one thread  ${Math.round(e.rssAfterLoad / e.nodes).toLocaleString("en-GB")} (this process's RSS after the load, engine built)`,
  );
  console.log(
    `  full ranking (24 h)       ${(e.rankingMs / 1000).toFixed(2)} s for ${e.assetsRanked.toLocaleString("en-GB")} assets${national ? `   (target < 5 s: ${pass(e.rankingMs < 5000)})` : ""}`,
  );
  console.log(
    `  split across ${t.threads} threads    ${(t.splitRankingMs / 1000).toFixed(2)} s, merged; ${t.identical ? "identical to" : "DIFFERS FROM"} the one-thread ranking (${(e.rankingMs / 1000).toFixed(2)} s)${national ? `   (target < 1 s: ${pass(t.splitRankingMs < 1000 && t.identical)})` : ""}`,
  );
  console.log(
    `  slot evaluation           ${e.rule.sumNsPerNode.toFixed(1)} ns a node summing group members, ${e.rule.maxNsPerNode.toFixed(1)} ns taking the best (former rule): ${(e.rule.sumNsPerNode / e.rule.maxNsPerNode).toFixed(2)}×`,
  );
  console.log(
    `  blastRadius, engine       median ${ms(e.blast.median)}, p95 ${ms(e.blast.p95)} over ${e.blast.n} trust-level assets${national ? `   (target p95 < 5 ms: ${pass(e.blast.p95 < 5)})` : ""}`,
  );
  console.log(`  FAILS-only, engine        median ${ms(e.blastFailsOnly.median)}, p95 ${ms(e.blastFailsOnly.p95)}`);
  console.log(
    `  FAILS-only, Cypher        median ${ms(e.cypher.median)}, p95 ${ms(e.cypher.p95)}; ${e.checkedEqual} answers checked equal, ${e.cypherTimeouts} timed out`,
  );
  const ratio95 = e.cypher.p95 / e.blastFailsOnly.p95;
  console.log(
    `  engine vs Cypher          ${ratio.toFixed(0)}× faster at the median, ${ratio95.toFixed(0)}× at p95${national ? `   (target ≥ 100× at p95: ${pass(ratio95 >= 100)})` : ""}`,
  );
  console.log("  the engine's slowest (they set its p95):");
  for (const s of e.slowest)
    console.log(
      `    ${s.id.padEnd(28)} engine ${ms(s.engineMs)}, Cypher ${ms(s.cypherMs)} (${(s.cypherMs / s.engineMs).toFixed(0)}×); ${s.affected.toLocaleString("en-GB")} affected; ${s.reverse.toLocaleString("en-GB")} reverse edges out of them, ${s.forward.toLocaleString("en-GB")} dependencies of theirs`,
    );
  console.log(`  memory, engine in ${t.threads} threads in this process (after the split ranking):`);
  for (const l of memoryLines(t.memory)) console.log(l);
  console.log(
    `    former ids, per thread       ${mib(t.formerIds.strings)} as strings in each worker, ${mib(t.formerIds.map)} more for a map by id (the main thread's), now none: ids are read from the shared block`,
  );
  const within = r.rankingWithRecoveryMs / r.rankingMs;
  console.log(
    `  ranking with recovery     ${(r.rankingWithRecoveryMs / 1000).toFixed(2)} s, ${within.toFixed(2)}× the ranking without (${(r.rankingMs / 1000).toFixed(2)} s, measured beside it)${national ? `   (target ≤ 3×: ${pass(within <= 3)})` : ""}`,
  );
  console.log(
    `  tolerance breaches        ${(r.breachesMs / 1000).toFixed(2)} s for the estate, ${r.breaches.toLocaleString("en-GB")} breaches${national ? `   (target < 5 s: ${pass(r.breachesMs < 5000)})` : ""}`,
  );
  console.log(
    `  recovery plan, 8 lost     ${(r.plan8Ms / 1000).toFixed(2)} s, 2 teams, ${r.plan8.exact ? "exact" : "heuristic"}; harm ${Math.round(r.plan8.harm)} against ${Math.round(r.plan8.shortestFirstHarm)} shortest-first${national ? `   (target < 2 s: ${pass(r.plan8Ms < 2000)})` : ""}`,
  );
  console.log(
    `  recovery plan, ${r.plan60.lost} lost    ${(r.plan60Ms / 1000).toFixed(2)} s, 2 teams, ${r.plan60.exact ? "exact" : "heuristic"}; harm ${Math.round(r.plan60.harm)} against ${Math.round(r.plan60.shortestFirstHarm)} shortest-first${national ? `   (target < 10 s: ${pass(r.plan60Ms < 10_000)})` : ""}`,
  );
  if (!server) continue;
  const { http: h, browser: b, busy, reload } = server;
  console.log(`  HTTP, ${h.clients} clients, first   p50 ${ms(h.cold.median)}, p95 ${ms(h.cold.p95)} (nodes read from Neo4j)`);
  console.log(
    `  HTTP, ${h.clients} clients, second  p50 ${ms(h.second.median)}, p95 ${ms(h.second.p95)} (nodes cached, code still warming up)`,
  );
  console.log(
    `  HTTP, ${h.clients} clients, steady  p50 ${ms(h.latency.median)}, p95 ${ms(h.latency.p95)}, ${h.perSecond.toFixed(0)} requests/s; ${h.requests} requests in all, ${h.errors} errors${national ? `   (target p95 < 50 ms: ${pass(h.latency.p95 < 50)})` : ""}`,
  );
  const c = h.cpuPerRequest;
  console.log(
    `  CPU a request, steady     server ${ms(c.server)}, Neo4j ${ms(c.neo4j)}, the clients ${ms(c.clients)} (AUTH_CACHE_MS ${process.env.AUTH_CACHE_MS ?? "250"})`,
  );
  if (b) {
    console.log(
      `  explorer, choose to drawn  median ${ms(b.render.median)}, max ${ms(b.render.max)} over the ${b.render.n} largest radii (up to ${Math.max(...b.scenarios.map((x) => x.affected)).toLocaleString("en-GB")} affected nodes)${national ? `   (target < 2 s: ${pass(b.render.max < 2000)})` : ""}`,
    );
    const opening = b.open.n ? `opening the largest group: median ${ms(b.open.median)}, max ${ms(b.open.max)}` : "no groups to open";
    console.log(`    of which Cytoscape      median ${ms(b.draw.median)}, max ${ms(b.draw.max)}; ${opening}`);
  }
  for (const [name, f] of [
    ["main thread", busy.inline],
    ["workers", busy.workers],
  ] as const) {
    console.log(
      `  node(id) under 8 rankings, ${name.padEnd(11)} p50 ${ms(f.cheap.median)}, p95 ${ms(f.cheap.p95)}, max ${ms(f.cheap.max)} over ${f.cheap.n}; rankings done in ${(f.rankingsMs / 1000).toFixed(1)} s, ${f.busy} SERVICE_BUSY${name === "workers" ? `   (target p95 < 50 ms: ${pass(f.cheap.p95 < 50)})` : ""}`,
    );
  }
  for (const [name, f] of [
    ["main thread", reload.inline],
    ["own thread", reload.workers],
  ] as const) {
    console.log(
      `  node(id) while reloading, load on the ${name.padEnd(11)} p50 ${ms(f.cheap.median)}, p95 ${ms(f.cheap.p95)}, max ${ms(f.cheap.max)} over ${f.cheap.n}; loaded in ${(f.loadMs / 1000).toFixed(1)} s`,
    );
  }
  console.log(
    `  server peak memory        ${mib(h.serverPeakRss)} after the HTTP and browser figures (first answer, with the projection load, in ${(h.warmupMs / 1000).toFixed(1)} s)`,
  );
  const m = server.memory;
  const hwm = m.vmHwm ?? 0;
  console.log(
    `  server peak, whole run    ${mib(hwm)} (VmHWM), ${m.nodes ? Math.round(hwm / m.nodes).toLocaleString("en-GB") : "?"} bytes a node${national ? `   (target < 1.5 GiB: ${pass(hwm < 1.5 * 1024 ** 3)})` : ""}; by thread (GET /admin/memory):`,
  );
  for (const l of memoryLines(m)) console.log(l);
}

if (replaced.length) {
  console.log(
    `\nREPLACE (one transaction, validated and audited), the graph replaced by a slice of as many nodes, Neo4j heap ${replaceHeapMb} MiB:`,
  );
  for (const line of replaceLines(replaced)) console.log(line);
}

if (nationalReplace) {
  const n = nationalReplace;
  const secs = (msTaken: number): string => `${(msTaken / 1000).toFixed(1)} s`;
  console.log(
    `\nREPLACE of the national estate (${n.nodes.toLocaleString("en-GB")} nodes, ${n.relationships.toLocaleString("en-GB")} relationships, ${mib(n.bytes)} of JSON), revised as a year's re-import would be, over the estate as generated:`,
  );
  for (const step of n.steps) console.log(`  ${step}`);
  console.log(
    `  ${secs(n.readMs + n.checkMs + n.writeMs)} in all: read (streamed) ${secs(n.readMs)}, checked ${secs(n.checkMs)}, written in one transaction ${secs(n.writeMs)}`,
  );
  const perNode = (n.readMs + n.checkMs + n.writeMs) / n.nodes;
  const base = replaced[0]
    ? ` against ${(replaced[0].ms / replaced[0].nodes).toFixed(2)} at ${replaced[0].nodes.toLocaleString("en-GB")} nodes`
    : "";
  console.log(
    `  ${perNode.toFixed(2)} ms a node${base}; peak RSS of the importing process ${mib(n.peakRss)}; Neo4j heap ${NATIONAL_REPLACE_HEAP_MB} MiB, of which the transaction held at most ${mib(n.transactionBytes)}`,
  );
}

if (imported) {
  const i = imported;
  const rate = (msTaken: number): string => `${Math.round(i.rows / (msTaken / 1000)).toLocaleString("en-GB")} rows/s`;
  console.log(`\nbulk import: ${i.rows.toLocaleString("en-GB")} dependency rows (${mib(i.csvBytes)} of CSV) onto 22,001 nodes`);
  console.log(
    `  preview: change set       ${(i.previewMs / 1000).toFixed(1)} s (${rate(i.previewMs)}); effect ${(i.effectMs / 1000).toFixed(1)} s`,
  );
  console.log(`  import (one transaction)  ${(i.applyMs / 1000).toFixed(1)} s (${rate(i.applyMs)})`);
}

if (hostile) {
  const { cost: c, heavy: h } = hostile;
  console.log("\nhostile requests");
  console.log(
    `  cost check, 40 fragment levels   median ${c.memoised40.median.toFixed(3)} ms, max ${c.memoised40.max.toFixed(3)} ms over ${c.memoised40.n}   (target < 10 ms: ${pass(c.memoised40.max < 10)})`,
  );
  console.log(
    `  at ${c.levels} levels                     ${c.memoised.median.toFixed(3)} ms against ${c.expanded.median.toFixed(0)} ms expanding every spread (the former count), ${(c.expanded.median / c.memoised.median).toFixed(0)}× faster`,
  );
  console.log(
    `  /health under the heaviest       p99 ${h.healthP99.toFixed(0)} ms, max ${h.healthMax.toFixed(0)} ms over ${h.samples} samples in ${h.seconds.toFixed(1)} s   (target < 1 s: ${pass(h.healthP99 < 1000)}); load average ${h.load}`,
  );
  console.log(`  their answers                    ${h.answers.join(", ")}`);
}

if (uploads.length) {
  console.log(
    `\nheaviest allowed uploads (${uploadRows.toLocaleString("en-GB")} rows, ${DEFAULT_UPLOAD_LIMITS.cells.toLocaleString("en-GB")} cells)`,
  );
  for (const u of uploads) {
    console.log(
      `  ${u.what.padEnd(25)} /health p99 ${u.healthP99.toFixed(0)} ms (max ${u.healthMax.toFixed(0)} ms, ${u.healthSamples} samples)   (target < 1 s: ${pass(u.healthP99 < 1000)})`,
    );
    console.log(
      `  ${"".padEnd(25)} peak RSS ${mib(u.peakOverIdle)} over idle   (target < 1 GiB: ${pass(u.peakOverIdle < 1024 ** 3)}); ${u.seconds.toFixed(1)} s; load average ${u.load}`,
    );
  }
}

/** The best investment for a budget alone, on a server of its own, with the machine's load around it. */
async function investmentOnly(db: Database, uri: string, scale: Scale, password: string): Promise<void> {
  const { token } = await createToken(db, "ADMIN", "benchmark", { name: "benchmark", role: "ADMIN" });
  const server = await startServer(uri, { password });
  const load = (): string =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
  try {
    const national = scale === "national";
    const before = load();
    const f: InvestmentFigures = await investmentBench(
      server,
      db,
      token,
      // At national scale each brute-force set rebuilds the whole estate: a few sets time it.
      national
        ? { candidates: 40, risks: 500, sampleNodes: true, baselineSets: 3 }
        : { candidates: 12, risks: 50, sampleNodes: false, baselineSets: 16 },
      log,
    );
    const target = national ? 60_000 : 5_000;
    const brute = f.bruteSet.median * f.bruteSets;
    console.log(
      `\n${scale}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: best investment, ${f.candidates} candidates, ${f.risks} risks, budget £${f.budget.toLocaleString("en-GB")}`,
    );
    console.log(
      `  ${f.exact ? "exact" : "greedy"} answer, first        ${(f.ms / 1000).toFixed(2)} s (the candidates planned, the graph's parts read from the live projection), ${f.chosen} chosen, expected harm ${Math.round(f.before)} → ${Math.round(f.after)}   (target < ${target / 1000} s: ${pass(f.ms < target && f.exact === !national)})`,
    );
    console.log(
      `  asked again, 90% budget   ${(f.againMs / 1000).toFixed(2)} s   (target < ${target / 1000} s: ${pass(f.againMs < target)})`,
    );
    console.log(
      `  brute force               ${ms(f.bruteSet.median)} a set (median of ${f.bruteSet.n}: the model rebuilt with the set, every risk worked out), × ${f.bruteSets.toLocaleString("en-GB")} sets ≈ ${(brute / 1000).toFixed(0)} s, ${(brute / f.ms).toFixed(0)}× the answer`,
    );
    console.log(
      `  chosen set's harm checked  by the brute force, relative gap ${f.checkedGap.toExponential(1)}   (target ≤ 1e-9: ${pass(f.checkedGap <= 1e-9)})`,
    );
    if (f.node)
      console.log(
        `  node(id) meanwhile        p50 ${ms(f.node.median)}, p95 ${ms(f.node.p95)}, max ${ms(f.node.max)} over ${f.node.n}   (target p95 < 50 ms: ${pass(f.node.p95 < 50)})`,
      );
    console.log(`  load average (1, 5, 15 min) before ${before}, after ${load()}`);
  } finally {
    await server.stop();
  }
}

/** The explorer alone: a server of its own, the five largest radii in Chromium, with the machine's load around them. */
async function explorerOnly(db: Database, uri: string, scale: Scale, password: string): Promise<void> {
  const { token } = await createToken(db, "AUDITOR", "benchmark", { name: "benchmark", role: "ADMIN" });
  const server = await startServer(uri, { password });
  try {
    const load = (): string =>
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ");
    // The ranking also loads the projection, so the radii below are timed on a warm server.
    const assets = await topAssets(server.base, token, 5);
    const before = load();
    log(`The explorer in Chromium, on the five assets with the largest blast radius by harm (load average ${before}):`);
    const b = await browserBench(server, token, assets, log);
    if (!b) return;
    console.log(
      `\n${scale}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: explorer, choose to drawn  median ${ms(b.render.median)}, max ${ms(b.render.max)}${scale === "national" ? `   (target < 2 s: ${pass(b.render.max < 2000)})` : ""}`,
    );
    const opening = b.open.n ? `opening the largest group: median ${ms(b.open.median)}, max ${ms(b.open.max)}` : "no groups to open";
    console.log(`  of which Cytoscape median ${ms(b.draw.median)}, max ${ms(b.draw.max)}; ${opening}`);
    console.log(`  load average (1, 5, 15 min) before ${before}, after ${load()}`);
  } finally {
    await server.stop();
  }
}
