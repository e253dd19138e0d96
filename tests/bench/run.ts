import { SCALES, type Scale } from "../../seed/generator/generate.js";
import { openBenchDb } from "./bench-db.js";
import { engineBench, type EngineFigures } from "./engine-bench.js";
import { httpBench, type HttpFigures } from "./http-bench.js";
import { mib, ms } from "./stats.js";

/**
 * npm run bench [-- --scales trust,national] [--seed N]
 * Loads (or reuses) each generated estate in a Neo4j of its own and prints the figures the
 * engine is held to, each beside its target, with the Cypher baseline measured in the same run.
 */
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scales = (opt("--scales") ?? "trust,national").split(",") as Scale[];
const seed = Number(opt("--seed") ?? 1);
if (scales.some((s) => !SCALES.includes(s))) {
  console.error(`usage: npm run bench -- [--scales ${SCALES.join(",")}] [--seed N]`);
  process.exit(2);
}
const log = (l: string): void => console.log(`  ${l}`);

const results: Array<{ scale: Scale; engine: EngineFigures; http: HttpFigures; loadRate: number | null }> = [];
for (const scale of scales) {
  console.log(`\n== ${scale} scale (seed ${seed}) ==`);
  const bench = await openBenchDb(scale, seed, log);
  try {
    if (bench.load) log(`Generated and loaded at ${Math.round(bench.load.perSecond)} nodes+relationships a second.`);
    const engine = await engineBench(bench.db, log);
    const http = await httpBench(bench.db, bench.uri, engine.sample, log);
    results.push({ scale, engine, http, loadRate: bench.load?.perSecond ?? null });
  } finally {
    await bench.db.close();
    await bench.neo4j.stop();
  }
}

const pass = (ok: boolean): string => (ok ? "meets" : "MISSES");
console.log(`\n== Figures (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${(await import("node:os")).cpus().length} cores) ==`);
for (const { scale, engine: e, http: h, loadRate } of results) {
  const ratio = e.cypher.median / e.blastFailsOnly.median;
  const national = scale === "national";
  console.log(`\n${scale}: ${e.nodes.toLocaleString("en-GB")} nodes`);
  if (loadRate !== null) console.log(`  generator load            ${Math.round(loadRate).toLocaleString("en-GB")} nodes+rels/s${national ? `   (target ≥ 50,000/s: ${pass(loadRate >= 50_000)})` : ""}`);
  console.log(`  projection load           ${(e.loadMs / 1000).toFixed(1)} s, RSS after ${mib(e.rssAfterLoad)}${national ? `   (target < 60 s: ${pass(e.loadMs < 60_000)})` : ""}`);
  console.log(`  full ranking (24 h)       ${(e.rankingMs / 1000).toFixed(2)} s for ${e.assetsRanked.toLocaleString("en-GB")} assets${national ? `   (target < 5 s: ${pass(e.rankingMs < 5000)})` : ""}`);
  console.log(`  blastRadius, engine       median ${ms(e.blast.median)}, p95 ${ms(e.blast.p95)} over ${e.blast.n} trust-level assets${national ? `   (target p95 < 5 ms: ${pass(e.blast.p95 < 5)})` : ""}`);
  console.log(`  FAILS-only, engine        median ${ms(e.blastFailsOnly.median)}, p95 ${ms(e.blastFailsOnly.p95)}`);
  console.log(`  FAILS-only, Cypher        median ${ms(e.cypher.median)}, p95 ${ms(e.cypher.p95)}; ${e.checkedEqual} answers checked equal, ${e.cypherTimeouts} timed out`);
  console.log(`  engine vs Cypher          ${ratio.toFixed(0)}× faster at the median, ${(e.cypher.p95 / e.blastFailsOnly.p95).toFixed(0)}× at p95${national ? `   (target ≥ 50×: ${pass(ratio >= 50)})` : ""}`);
  console.log(`  HTTP, ${h.clients} clients, first   p50 ${ms(h.cold.median)}, p95 ${ms(h.cold.p95)} (nodes read from Neo4j)`);
  console.log(`  HTTP, ${h.clients} clients, again   p50 ${ms(h.latency.median)}, p95 ${ms(h.latency.p95)}, ${h.perSecond.toFixed(0)} requests/s; ${h.requests} requests in all, ${h.errors} errors${national ? `   (target p95 < 50 ms: ${pass(h.latency.p95 < 50)})` : ""}`);
  console.log(`  server peak memory        ${mib(h.serverPeakRss)} (first answer, with the projection load, in ${(h.warmupMs / 1000).toFixed(1)} s)${national ? `   (target < 2 GiB: ${pass(h.serverPeakRss < 2 * 1024 ** 3)})` : ""}`);
}
