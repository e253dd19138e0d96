import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { recoveryPlan } from "../../server/engine/recovery-plan.js";
import { scenarioOverTime } from "../../server/engine/recovery.js";
import { rawGraph, toProjection, withRecovery } from "../support/random-graph.js";

const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

/** A random graph with a recovery time on every node, a lost set, teams and a horizon. */
const planCase = (minLost: number, maxLost: number) =>
  rawGraph(20).chain((g) =>
    fc.tuple(
      fc.constant(g),
      fc.array(fc.integer({ min: 1, max: 48 }), { minLength: g.kinds.length, maxLength: g.kinds.length }),
      fc.uniqueArray(fc.nat(g.kinds.length - 1), { minLength: Math.min(minLost, g.kinds.length), maxLength: maxLost }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 200 }),
    ),
  );

/** Every order of `xs`. */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** Restoration times of an order with `teams` teams: each in turn on the first team free. */
function timesOf(order: readonly number[], duration: Float64Array, teams: number): Map<number, number> {
  const free = new Array<number>(teams).fill(0);
  const out = new Map<number, number>();
  for (const x of order) {
    const team = free.indexOf(Math.min(...free));
    free[team] = free[team]! + duration[x]!;
    out.set(x, free[team]!);
  }
  return out;
}

describe("recovery plan (model section 9)", () => {
  it("the plan's harm equals the scenario's harm with the plan's restoration times", () => {
    fc.assert(
      fc.property(planCase(1, 11), ([g, hoursOf, lost, teams, hours]) => {
        const engine = new Engine(withRecovery(toProjection(g), hoursOf));
        const plan = recoveryPlan(engine, lost, DEFAULT_PROFILE, { teams, hours });
        const restore = new Map(plan.steps.map((s) => [s.node, s.end]));
        close(plan.harm, scenarioOverTime(engine, { lost, compromised: [], hours }, restore, DEFAULT_PROFILE).availabilityHarm);
        expect(plan.harm).toBeLessThanOrEqual(plan.shortestFirstHarm + 1e-9 * Math.max(1, plan.shortestFirstHarm));
        expect(plan.exact).toBe(lost.length <= 8);
        // Each step starts when a team is free, and lasts the node's recovery time.
        plan.steps.forEach((s) => close(s.end - s.start, hoursOf[s.node]!));
        expect(new Set(plan.steps.map((s) => s.node))).toEqual(new Set(lost));
      }),
      { numRuns: 150 },
    );
  });

  it("the exact plan is the least harm over every order, by plain enumeration", () => {
    fc.assert(
      fc.property(planCase(1, 5), ([g, hoursOf, lost, teams, hours]) => {
        const p = withRecovery(toProjection(g), hoursOf);
        const engine = new Engine(p);
        const plan = recoveryPlan(engine, lost, DEFAULT_PROFILE, { teams, hours });
        const byId = [...lost].sort((a, b) => (p.idOf(a) < p.idOf(b) ? -1 : 1));
        let best = Infinity;
        for (const order of permutations(byId)) {
          const r = scenarioOverTime(engine, { lost, compromised: [], hours }, timesOf(order, p.recoveryHours, teams), DEFAULT_PROFILE);
          best = Math.min(best, r.availabilityHarm);
        }
        close(plan.harm, best);
        // Shortest-first, ties by id, is the baseline.
        const shortest = [...byId].sort((a, b) => p.recoveryHours[a]! - p.recoveryHours[b]!);
        close(
          plan.shortestFirstHarm,
          scenarioOverTime(engine, { lost, compromised: [], hours }, timesOf(shortest, p.recoveryHours, teams), DEFAULT_PROFILE)
            .availabilityHarm,
        );
      }),
      { numRuns: 150 },
    );
  });
});
