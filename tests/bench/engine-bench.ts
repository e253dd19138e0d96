import type { Database } from "../../server/graph/database.js";
import { loadProjection } from "../../server/graph/projection-load.js";
import { dependentsByCypher } from "../support/reachability.js";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import type { Projection } from "../../server/engine/projection.js";
import { rankAssets, type Ranking } from "../../server/engine/ranking.js";
import { failsOnly } from "../support/fails-only.js";
import { createRng } from "../../seed/generator/rng.js";
import { summarise, type Summary } from "./stats.js";
import { ruleCost, type RuleCost } from "./rule-cost.js";
import { capabilities } from "../support/capabilities.js";

export interface EngineFigures {
  nodes: number;
  loadMs: number;
  rssAfterLoad: number;
  rankingMs: number;
  assetsRanked: number;
  blast: Summary;
  blastFailsOnly: Summary;
  cypher: Summary;
  cypherTimeouts: number;
  checkedEqual: number;
  sample: string[];
  /** The sample's assets slowest in the engine's FAILS-only reachability: they set its p95. */
  slowest: SlowAsset[];
  /** The one-thread ranking at 24 h, for the split ranking's check. */
  ranking: Ranking;
  rule: RuleCost;
  /** The engine measured, for the figures that follow in the same run. */
  engine: Engine;
}

export interface SlowAsset {
  id: string;
  engineMs: number;
  cypherMs: number;
  /** Nodes in its FAILS-only blast radius. */
  affected: number;
  /** Reverse DEPENDS_ON edges out of the radius's nodes: what a breadth-first search (Cypher's) expands. */
  reverse: number;
  /** Dependencies of the radius's nodes: what the engine reads to evaluate each of them once. */
  forward: number;
}

const TRUST_TYPES = new Set(["ACUTE_TRUST", "MENTAL_HEALTH_TRUST", "COMMUNITY_TRUST", "AMBULANCE_TRUST"]);

/** 100 trust-level assets: systems (not device fleets' single devices) and data stores run by trusts. */
export async function sampleTrustAssets(db: Database, p: Projection, count: number, seed: number): Promise<number[]> {
  const r = await db.read((tx) =>
    tx.run(
      `MATCH (o:Organisation) WHERE o.type IN $types
       MATCH (a:Node)-[:OPERATED_BY]->(o) WHERE (a:System AND a.kind <> 'DEVICE') OR a:DataStore
       RETURN a.id AS id ORDER BY id`,
      { types: [...TRUST_TYPES] },
    ),
  );
  const ids = r.records.map((rec) => rec.get("id") as string);
  const rng = createRng(seed);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, ids.length)) chosen.add(p.indexOf.get(rng.pick(ids))!);
  return [...chosen];
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function engineBench(db: Database, log: (l: string) => void): Promise<EngineFigures> {
  gc();
  const t0 = performance.now();
  const { projection: p } = await loadProjection(db);
  const engine = new Engine(p);
  const loadMs = performance.now() - t0;
  gc();
  const rssAfterLoad = process.memoryUsage().rss;
  log(`Projection: ${p.n} nodes, ${p.memberTarget.length} dependencies in ${(loadMs / 1000).toFixed(1)} s.`);

  const t1 = performance.now();
  const rows = rankAssets(engine, 24, DEFAULT_PROFILE);
  const rankingMs = performance.now() - t1;
  log(`Ranking of ${rows.length} assets at 24 h: ${(rankingMs / 1000).toFixed(2)} s.`);

  const sample = await sampleTrustAssets(db, p, 100, 7);
  const blast = sample.map((x) => time(() => engine.scenario({ lost: [x], compromised: [x], hours: 24 }, DEFAULT_PROFILE)));

  // Capabilities of the sample's largest radius, so that group members are really below 1.
  const largest = sample.reduce((a, x) => (engine.affectedBy([x]).length > engine.affectedBy([a]).length ? x : a), sample[0]!);
  const rule = ruleCost(p, capabilities(engine, [largest]));
  log(
    `Slot evaluation: ${rule.sumNsPerNode.toFixed(1)} ns a node summing a group's members, ${rule.maxNsPerNode.toFixed(1)} ns taking the best (former rule).`,
  );

  const variant = new Engine(failsOnly(p));
  const cypherTimes: number[] = [];
  const variantTimes: number[] = [];
  const measured: SlowAsset[] = [];
  // Once over the sample untimed, so that the first assets timed do not pay for compiling the code.
  for (const x of sample) Array.from(variant.affectedBy([x]), (i) => p.idOf(i));
  gc();
  let checkedEqual = 0;
  let cypherTimeouts = 0;
  for (const x of sample) {
    const id = p.idOf(x);
    let affected: string[] = [];
    variantTimes.push(
      time(() => {
        affected = Array.from(variant.affectedBy([x]), (i) => p.idOf(i));
      }),
    );
    const started = performance.now();
    const byCypher = await withTimeout(dependentsByCypher(db, id), 60_000);
    cypherTimes.push(performance.now() - started);
    if (!byCypher) {
      cypherTimeouts++;
      continue;
    }
    // A node on a cycle reaches itself; the lost node is in both answers or neither.
    const engineSet = affected.filter((a) => a !== id).sort();
    const cypherSet = byCypher.filter((a) => a !== id).sort();
    if (engineSet.length !== cypherSet.length || engineSet.some((v, i) => v !== cypherSet[i])) {
      throw new Error(`engine and Cypher disagree on the blast radius of ${id}: ${engineSet.length} vs ${cypherSet.length} nodes`);
    }
    checkedEqual++;
    const nodes = affected.map((a) => p.indexOf.get(a)!);
    const reverse = nodes.reduce((n, i) => n + p.dependentStart[i + 1]! - p.dependentStart[i]!, 0);
    const forward = nodes.reduce((n, i) => n + p.memberStart[p.slotStart[i + 1]!]! - p.memberStart[p.slotStart[i]!]!, 0);
    measured.push({ id, engineMs: variantTimes.at(-1)!, cypherMs: cypherTimes.at(-1)!, affected: affected.length, reverse, forward });
  }
  return {
    nodes: p.n,
    loadMs,
    rssAfterLoad,
    rankingMs,
    assetsRanked: rows.length,
    blast: summarise(blast),
    blastFailsOnly: summarise(variantTimes),
    cypher: summarise(cypherTimes),
    cypherTimeouts,
    checkedEqual,
    sample: sample.map((x) => p.idOf(x)),
    slowest: measured.sort((a, b) => b.engineMs - a.engineMs).slice(0, 5),
    ranking: rows,
    rule,
    engine,
  };
}

function time(f: () => unknown): number {
  const s = performance.now();
  f();
  return performance.now() - s;
}

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
