import type { Database } from "../../server/graph/database.js";
import type { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { KIND } from "../../server/engine/projection.js";
import { rankAssets } from "../../server/engine/ranking.js";
import { recoveryPlan } from "../../server/engine/recovery-plan.js";
import { toleranceBreaches } from "../../server/engine/tolerance.js";
import { sampleTrustAssets } from "./engine-bench.js";

export interface RecoveryFigures {
  rankingMs: number;
  rankingWithRecoveryMs: number;
  breachesMs: number;
  breaches: number;
  plan8Ms: number;
  plan8: { harm: number; shortestFirstHarm: number; exact: boolean };
  plan60Ms: number;
  plan60: { harm: number; shortestFirstHarm: number; exact: boolean; lost: number };
}

/**
 * Recovery over time on the loaded estate, in the same run as the engine's figures: the full
 * ranking without and with recovery back to back, the estate's tolerance breaches, and plans for
 * 8 and 60 lost trust-level systems whose loss alone harms someone, with 2 teams over 30 days.
 */
export async function recoveryBench(db: Database, engine: Engine, log: (l: string) => void): Promise<RecoveryFigures> {
  const p = engine.p;
  const started = performance.now();
  const rows = rankAssets(engine, 24, DEFAULT_PROFILE);
  const rankingMs = performance.now() - started;
  const rankingWithRecoveryMs = time(() => rankAssets(engine, 24, DEFAULT_PROFILE, true));
  log(`Ranking at 24 h: ${s(rankingMs)} without recovery, ${s(rankingWithRecoveryMs)} with.`);
  let breaches = 0;
  const breachesMs = time(() => (breaches = toleranceBreaches(engine).length));
  log(`Tolerance breaches of the estate: ${breaches.toLocaleString("en-GB")} in ${s(breachesMs)}.`);

  // Systems whose loss harms someone: a plan over systems nobody needs would cost nothing to order.
  const harm = new Map(Array.from(rows.node, (x, k) => [x, rows.availabilityHarm[k]!]));
  const systems = (await sampleTrustAssets(db, p, 4000, 11)).filter(
    (x) => p.kind[x] === KIND.System && !Number.isNaN(p.recoveryHours[x]!) && (harm.get(x) ?? 0) > 0,
  );
  const plan = (count: number) => {
    const lost = systems.slice(0, count);
    const started = performance.now();
    const r = recoveryPlan(engine, lost, DEFAULT_PROFILE, { teams: 2, hours: 720 });
    return {
      ms: performance.now() - started,
      plan: { harm: r.harm, shortestFirstHarm: r.shortestFirstHarm, exact: r.exact, lost: lost.length },
    };
  };
  const p8 = plan(8);
  log(
    `Recovery plan, ${p8.plan.lost} lost systems, 2 teams: ${s(p8.ms)} (harm ${round(p8.plan.harm)}, shortest-first ${round(p8.plan.shortestFirstHarm)}).`,
  );
  const p60 = plan(60);
  log(
    `Recovery plan, ${p60.plan.lost} lost systems, 2 teams: ${s(p60.ms)} (harm ${round(p60.plan.harm)}, shortest-first ${round(p60.plan.shortestFirstHarm)}).`,
  );
  return { rankingMs, rankingWithRecoveryMs, breachesMs, breaches, plan8Ms: p8.ms, plan8: p8.plan, plan60Ms: p60.ms, plan60: p60.plan };
}

function time(f: () => unknown): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const round = (x: number): string => Math.round(x).toLocaleString("en-GB");
