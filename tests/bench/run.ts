import { SCALES, type Scale } from "../../seed/generator/generate.js";
import { openBenchDb } from "./bench-db.js";
import { engineBench, type EngineFigures } from "./engine-bench.js";
import { execFileSync } from "node:child_process";
import { createToken } from "../../server/auth/tokens.js";
import { startServer } from "../support/server-process.js";
import { browserBench, type BrowserFigures } from "./browser-bench.js";
import { httpBench, type HttpFigures } from "./http-bench.js";
import { mib, ms, peakRss } from "./stats.js";
import { importBench, type ImportFigures } from "./import-bench.js";

/**
 * npm run bench [-- --scales trust,national] [--seed N] [--no-import]
 * Loads (or reuses) each generated estate in a Neo4j of its own and prints the figures the
 * engine is held to, each beside its target, with the Cypher baseline measured in the same run;
 * then previews and imports a 100,000-row dependency sheet in a Neo4j of its own.
 * `--scales none` runs the import figures alone.
 */
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scaleArg = opt("--scales") ?? "trust,national";
const scales = (scaleArg === "none" ? [] : scaleArg.split(",")) as Scale[];
const seed = Number(opt("--seed") ?? 1);
if (scales.some((s) => !SCALES.includes(s))) {
  console.error(`usage: npm run bench -- [--scales ${SCALES.join(",")}] [--seed N]`);
  process.exit(2);
}
const log = (l: string): void => console.log(`  ${l}`);

// The browser figures use the built client, as `npm start` serves it.
execFileSync("npm", ["run", "--silent", "build:client"], { stdio: "inherit" });

const results: Array<{ scale: Scale; engine: EngineFigures; http: HttpFigures; browser: BrowserFigures | null; loadRate: number | null }> = [];
for (const scale of scales) {
  console.log(`\n== ${scale} scale (seed ${seed}) ==`);
  const bench = await openBenchDb(scale, seed, log);
  try {
    if (bench.load) log(`Generated and loaded at ${Math.round(bench.load.perSecond)} nodes+relationships a second.`);
    const engine = await engineBench(bench.db, log);
    const { token } = await createToken(bench.db, "AUDITOR", "benchmark", { name: "benchmark", role: "ADMIN" });
    const server = await startServer(bench.uri);
    try {
      const http = await httpBench(server, bench.neo4j.pid, token, engine.sample, log);
      log("The explorer in Chromium, on the five assets with the largest blast radius by harm:");
      const browser = await browserBench(server, token, await topAssets(server.base, token, 5), log);
      http.serverPeakRss = peakRss(server.pid);
      results.push({ scale, engine, http, browser, loadRate: bench.load?.perSecond ?? null });
    } finally {
      await server.stop();
    }
  } finally {
    await bench.db.close();
    await bench.neo4j.stop();
  }
}

let imported: ImportFigures | null = null;
if (!args.includes("--no-import")) {
  console.log("\n== bulk import: a 100,000-row dependency sheet ==");
  imported = await importBench(log);
}

const pass = (ok: boolean): string => (ok ? "meets" : "MISSES");
console.log(`\n== Figures (${new Date().toISOString().slice(0, 10)}, ${process.version}, ${(await import("node:os")).cpus().length} cores) ==`);
for (const { scale, engine: e, http: h, browser: b, loadRate } of results) {
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
  console.log(`  HTTP, ${h.clients} clients, second  p50 ${ms(h.second.median)}, p95 ${ms(h.second.p95)} (nodes cached, code still warming up)`);
  console.log(`  HTTP, ${h.clients} clients, steady  p50 ${ms(h.latency.median)}, p95 ${ms(h.latency.p95)}, ${h.perSecond.toFixed(0)} requests/s; ${h.requests} requests in all, ${h.errors} errors${national ? `   (target p95 < 50 ms: ${pass(h.latency.p95 < 50)})` : ""}`);
  const c = h.cpuPerRequest;
  console.log(`  CPU a request, steady     server ${ms(c.server)}, Neo4j ${ms(c.neo4j)}, the clients ${ms(c.clients)} (AUTH_CACHE_MS ${process.env.AUTH_CACHE_MS ?? "250"})`);
  if (b) {
    console.log(`  explorer, choose to drawn  median ${ms(b.render.median)}, max ${ms(b.render.max)} over the ${b.render.n} largest radii (up to ${Math.max(...b.scenarios.map((x) => x.affected)).toLocaleString("en-GB")} affected nodes)${national ? `   (target < 2 s: ${pass(b.render.max < 2000)})` : ""}`);
    const opening = b.open.n ? `opening the largest group: median ${ms(b.open.median)}, max ${ms(b.open.max)}` : "no groups to open";
    console.log(`    of which Cytoscape      median ${ms(b.draw.median)}, max ${ms(b.draw.max)}; ${opening}`);
  }
  console.log(`  server peak memory        ${mib(h.serverPeakRss)} (first answer, with the projection load, in ${(h.warmupMs / 1000).toFixed(1)} s)${national ? `   (target < 2 GiB: ${pass(h.serverPeakRss < 2 * 1024 ** 3)})` : ""}`);
}

if (imported) {
  const i = imported;
  const rate = (msTaken: number): string => `${Math.round(i.rows / (msTaken / 1000)).toLocaleString("en-GB")} rows/s`;
  console.log(`\nbulk import: ${i.rows.toLocaleString("en-GB")} dependency rows (${mib(i.csvBytes)} of CSV) onto 22,001 nodes`);
  console.log(`  preview: change set       ${(i.previewMs / 1000).toFixed(1)} s (${rate(i.previewMs)}); effect ${(i.effectMs / 1000).toFixed(1)} s`);
  console.log(`  import (one transaction)  ${(i.applyMs / 1000).toFixed(1)} s (${rate(i.applyMs)})`);
}

/** The assets whose loss and compromise harm most, by the server's own ranking. */
async function topAssets(base: string, token: string, n: number): Promise<string[]> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ protectFirst(first: ${n}) { edges { node { asset { id } } } } }` }),
  });
  const body = (await res.json()) as { data: { protectFirst: { edges: Array<{ node: { asset: { id: string } } }> } } };
  return body.data.protectFirst.edges.map((e) => e.node.asset.id);
}
