import { AvailabilityRunner } from "./availability.js";
import type { Engine } from "./engine.js";
import { lossRate, lossSegments } from "./harm-over-time.js";
import type { ScoringProfile } from "./profile.js";
import { FULL, KIND } from "./projection.js";

/** Cumulative harm H(t) of one restored subset, on the shared grid of time. */
interface Curve {
  rate: Float64Array;
  cum: Float64Array;
}

/**
 * The harm of a lost set as its nodes come back, for the recovery planner. Between two
 * restorations the restored subset is fixed, so the harm there is H_S(b) − H_S(a) for that
 * subset S. Each H_S is piecewise linear on one grid (every escalation and workaround end of
 * the affected services), computed once per subset with one propagation confined to the nodes
 * the whole lost set affects, and kept: an order then costs a few look-ups per restoration.
 */
export class PlanHarm {
  private readonly grid: Float64Array;
  private readonly services: number[];
  private readonly segments: Array<Array<{ g0: number; g1: number; level: number; weight: number; workaround: number }>>;
  private readonly runner: AvailabilityRunner;
  private readonly curves = new Map<string | number, Curve>();
  /** Subsets computed: the planner's costly step. */
  computed = 0;

  constructor(
    engine: Engine,
    private readonly lost: readonly number[],
    readonly hours: number,
    profile: ScoringProfile,
  ) {
    const p = engine.p;
    const whole = new AvailabilityRunner(p);
    const within = new Uint8Array(p.n);
    this.services = [];
    for (const i of whole.run(lost)) {
      if (!(whole.cap[i]! < FULL)) continue;
      within[i] = 1;
      if (p.kind[i] === KIND.CareService) this.services.push(i);
    }
    whole.reset();
    this.runner = new AvailabilityRunner(p, within);
    const segs = this.services.map((s) => lossSegments(engine.terms(s), hours, profile));
    const cuts = new Set<number>([0, hours]);
    for (const own of segs) for (const g of own) cuts.add(g.from).add(g.to);
    this.grid = Float64Array.from(cuts).sort();
    const at = new Map(Array.from(this.grid, (t, k) => [t, k]));
    this.segments = segs.map((own) =>
      own.map((g) => ({ g0: at.get(g.from)!, g1: at.get(g.to)!, level: g.level, weight: g.weight, workaround: g.workaround })),
    );
  }

  /** Harm over [a, b) with the nodes flagged in `restored` back and the rest lost. */
  between(restored: Uint8Array, key: string | number, a: number, b: number): number {
    const to = Math.min(b, this.hours);
    if (!(to > a)) return 0;
    const curve = this.curve(restored, key);
    return this.cumulative(curve, to) - this.cumulative(curve, a);
  }

  private curve(restored: Uint8Array, key: string | number): Curve {
    let c = this.curves.get(key);
    if (c) return c;
    const lostNow = this.lost.filter((_, k) => !restored[k]);
    const cap = this.runner.cap;
    this.runner.run(lostNow);
    const cells = this.grid.length - 1;
    const diff = new Float64Array(cells + 1);
    this.services.forEach((s, k) => {
      const c0 = cap[s]!;
      if (c0 >= FULL) return;
      for (const g of this.segments[k]!) {
        const r = lossRate({ from: 0, to: 0, ...g }, c0);
        diff[g.g0]! += r;
        diff[g.g1]! -= r;
      }
    });
    this.runner.reset();
    const rate = new Float64Array(cells);
    const cum = new Float64Array(cells + 1);
    let running = 0;
    for (let j = 0; j < cells; j++) {
      running += diff[j]!;
      rate[j] = running;
      cum[j + 1] = cum[j]! + running * (this.grid[j + 1]! - this.grid[j]!);
    }
    c = { rate, cum };
    this.curves.set(key, c);
    this.computed++;
    return c;
  }

  /** H(t): the cumulative harm at t, by binary search for t's cell. */
  private cumulative(c: Curve, t: number): number {
    const g = this.grid;
    let lo = 0;
    let hi = g.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (g[mid]! <= t) lo = mid;
      else hi = mid;
    }
    return c.cum[lo]! + (c.rate[lo] ?? 0) * (t - g[lo]!);
  }
}
