import type { Engine } from "./engine.js";
import { PlanHarm } from "./plan-harm.js";
import type { ScoringProfile } from "./profile.js";

/** Up to this many lost nodes the plan tries every order (8! = 40,320). */
export const EXACT_LIMIT = 8;

export interface RecoveryStep {
  node: number;
  start: number;
  end: number;
}

export interface RecoveryPlan {
  /** In the plan's order. */
  steps: RecoveryStep[];
  harm: number;
  /** Shortest recovery first, ties by id: the baseline the plan never does worse than. */
  shortestFirstHarm: number;
  exact: boolean;
  /** Orders whose harm was taken. */
  evaluated: number;
}

export interface PlanOptions {
  teams: number;
  hours: number;
  /** Heuristic only: stop the local search after computing this many restored subsets. */
  budget?: number;
}

/**
 * The order in which to rebuild a lost set with `teams` recovery teams (model section 9). Each
 * node in turn takes the first team free for its recoveryHours, without interruption; the plan's
 * harm is the scenario's with those restoration times. Exact up to EXACT_LIMIT lost nodes (every
 * order, in the order of ids, so the first of least harm wins ties); beyond, a heuristic that
 * starts from the order of most harm saved per hour of work and improves it by swaps, and is
 * never worse than shortest-first. `recoveryHours` of every lost node must be known.
 */
export function recoveryPlan(engine: Engine, lost: readonly number[], profile: ScoringProfile, options: PlanOptions): RecoveryPlan {
  const p = engine.p;
  const nodes = [...new Set(lost)].sort((a, b) => p.compareIds(a, b));
  const duration = nodes.map((x) => p.recoveryHours[x]!);
  const harm = new PlanHarm(engine, nodes, options.hours, profile);
  const plan = new Planner(harm, duration, Math.max(1, options.teams));
  const shortest = nodes.map((_, k) => k).sort((a, b) => duration[a]! - duration[b]! || a - b);
  const baseline = plan.harmOf(shortest);
  const best = nodes.length <= EXACT_LIMIT ? plan.exact() : plan.heuristic(shortest, baseline, options.budget ?? 4000);
  const order = best.harm <= baseline ? best.order : shortest;
  return {
    steps: plan.schedule(order).map((s) => ({ ...s, node: nodes[s.node]! })),
    harm: Math.min(best.harm, baseline),
    shortestFirstHarm: baseline,
    exact: nodes.length <= EXACT_LIMIT,
    evaluated: plan.evaluated,
  };
}

/** Orders over positions 0..m-1 of the lost set (sorted by id). */
class Planner {
  evaluated = 0;
  private readonly restored: Uint8Array;

  constructor(
    private readonly harm: PlanHarm,
    private readonly duration: readonly number[],
    private readonly teams: number,
  ) {
    this.restored = new Uint8Array(duration.length);
  }

  /** List scheduling: each node in turn starts when a team is first free. */
  schedule(order: readonly number[]): RecoveryStep[] {
    const free = new Float64Array(Math.min(this.teams, order.length));
    return order.map((node) => {
      let team = 0;
      for (let t = 1; t < free.length; t++) if (free[t]! < free[team]!) team = t;
      const start = free[team]!;
      const end = start + this.duration[node]!;
      free[team] = end;
      return { node, start, end };
    });
  }

  /** The scenario's harm with the order's restoration times, interval by interval. */
  harmOf(order: readonly number[]): number {
    this.evaluated++;
    const ends = this.schedule(order).sort((a, b) => a.end - b.end);
    const restored = this.restored.fill(0);
    let harm = 0;
    let from = 0;
    for (let k = 0; k < ends.length && from < this.harm.hours;) {
      const t = ends[k]!.end;
      harm += this.harm.between(restored, keyOf(restored), from, t);
      for (; k < ends.length && ends[k]!.end === t; k++) restored[ends[k]!.node] = 1;
      from = t;
    }
    if (from < this.harm.hours) harm += this.harm.between(restored, keyOf(restored), from, this.harm.hours);
    return harm;
  }

  /** Every order, lexicographically by id; a later order must be strictly better to win. */
  exact(): { order: number[]; harm: number } {
    const m = this.duration.length;
    const order: number[] = [];
    const used = new Uint8Array(m);
    let best = { order: [] as number[], harm: Infinity };
    const visit = (): void => {
      if (order.length === m) {
        const h = this.harmOf(order);
        if (h < best.harm - 1e-9 * Math.max(1, Math.abs(best.harm)) || best.harm === Infinity) best = { order: [...order], harm: h };
        return;
      }
      for (let x = 0; x < m; x++) {
        if (used[x]) continue;
        used[x] = 1;
        order.push(x);
        visit();
        order.pop();
        used[x] = 0;
      }
    };
    visit();
    return best;
  }

  /**
   * Greedy by harm saved per hour of work (each node's harm saved if it alone were back from the
   * start, over its recoveryHours: Smith's rule), then local search: adjacent swaps, then every
   * pairwise swap, keeping each swap that lowers the harm, until a pass finds none or `budget`
   * subsets have been computed. The baseline is a candidate too.
   */
  heuristic(shortest: number[], baseline: number, budget: number): { order: number[]; harm: number } {
    const m = this.duration.length;
    const none = this.harm.between(new Uint8Array(m), keyOf(new Uint8Array(m)), 0, this.harm.hours);
    const saved = this.duration.map((_, k) => {
      const one = new Uint8Array(m);
      one[k] = 1;
      return none - this.harm.between(one, keyOf(one), 0, this.harm.hours);
    });
    const greedy = this.duration
      .map((_, k) => k)
      .sort((a, b) => saved[b]! / this.duration[b]! - saved[a]! / this.duration[a]! || this.duration[a]! - this.duration[b]! || a - b);
    let best = { order: greedy, harm: this.harmOf(greedy) };
    if (baseline < best.harm) best = { order: [...shortest], harm: baseline };
    const within = (): boolean => this.harm.computed < budget;
    const trySwap = (i: number, j: number): boolean => {
      const next = [...best.order];
      [next[i], next[j]] = [next[j]!, next[i]!];
      const h = this.harmOf(next);
      if (h < best.harm - 1e-9 * Math.max(1, best.harm)) {
        best = { order: next, harm: h };
        return true;
      }
      return false;
    };
    for (let improved = true; improved && within();) {
      improved = false;
      for (let i = 0; i + 1 < m && within(); i++) improved = trySwap(i, i + 1) || improved;
      if (improved) continue;
      for (let i = 0; i < m && within(); i++) for (let j = i + 2; j < m && within(); j++) improved = trySwap(i, j) || improved;
    }
    return best;
  }
}

/** A restored subset as a map key: a bit mask up to 30 nodes, else the flags packed 16 to a character. */
function keyOf(flags: Uint8Array): string | number {
  if (flags.length <= 30) {
    let mask = 0;
    for (let k = 0; k < flags.length; k++) if (flags[k]) mask |= 1 << k;
    return mask;
  }
  let key = "";
  for (let k = 0; k < flags.length; k += 16) {
    let word = 0;
    for (let b = 0; b < 16 && k + b < flags.length; b++) if (flags[k + b]) word |= 1 << b;
    key += String.fromCharCode(word);
  }
  return key;
}
