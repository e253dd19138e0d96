import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { KIND } from "../../server/engine/projection.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { scenarioOverTime } from "../../server/engine/recovery.js";
import { toleranceBreaches } from "../../server/engine/tolerance.js";
import { bruteCapability, bruteHarmOverTime } from "../support/brute-force.js";
import { rawGraph, toProjection, withRecovery } from "../support/random-graph.js";

const RUNS = { numRuns: 150 };
const close = (a: number, b: number): void => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));

/** A random graph, lost nodes, whole-hour restoration times (some never) and a horizon. */
const scenario = rawGraph(16).chain((g) =>
  fc.tuple(
    fc.constant(g),
    fc.uniqueArray(fc.nat(g.kinds.length - 1), { minLength: 1, maxLength: 4 }),
    fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { freq: 4 }), { minLength: g.kinds.length, maxLength: g.kinds.length }),
    fc.integer({ min: 1, max: 96 }),
  ),
);
const restorationOf = (lost: number[], times: Array<number | null>): Map<number, number> =>
  new Map(lost.flatMap((x) => (times[x] === null || times[x] === undefined ? [] : [[x, times[x]!] as [number, number]])));

describe("recovery over time against brute force (model section 9)", () => {
  it("harm, per-service harm and recoveredAt equal stepping through time", () => {
    fc.assert(
      fc.property(scenario, ([g, lost, times, hours]) => {
        const restore = restorationOf(lost, times);
        const r = scenarioOverTime(new Engine(toProjection(g)), { lost, compromised: [], hours }, restore, DEFAULT_PROFILE);
        const brute = bruteHarmOverTime(g, lost, restore, hours);
        close(r.availabilityHarm, brute.harm);
        for (const s of r.services) {
          close(s.harm, brute.perService.get(s.service) ?? 0);
          expect(s.recoveredAt).toBe(brute.recoveredAt.get(s.service) ?? null);
        }
        // Capability and status are those at t = 0.
        const atStart = bruteCapability(g, new Set(lost.filter((x) => !((restore.get(x) ?? Infinity) <= 0))));
        for (const a of r.affected) close(a.capability, atStart[a.node]!);
      }),
      RUNS,
    );
  });

  it("with every lost node back at 0 the harm is 0", () => {
    fc.assert(
      fc.property(scenario, ([g, lost, , hours]) => {
        const r = scenarioOverTime(
          new Engine(toProjection(g)),
          { lost, compromised: [], hours },
          new Map(lost.map((x) => [x, 0])),
          DEFAULT_PROFILE,
        );
        expect(r.availabilityHarm).toBe(0);
        expect(r.services).toEqual([]);
      }),
      RUNS,
    );
  });

  it("restoring a node earlier never raises the harm", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.integer({ min: 1, max: 60 }), ([g, lost, times, hours], pick, earlier) => {
        const engine = new Engine(toProjection(g));
        const restore = restorationOf(lost, times);
        const x = lost[pick % lost.length]!;
        const before = restore.get(x) ?? 200;
        const sooner = new Map(restore).set(x, Math.max(0, before - earlier));
        const late = scenarioOverTime(engine, { lost, compromised: [], hours }, restore, DEFAULT_PROFILE).availabilityHarm;
        const early = scenarioOverTime(engine, { lost, compromised: [], hours }, sooner, DEFAULT_PROFILE).availabilityHarm;
        expect(early).toBeLessThanOrEqual(late + 1e-9 * Math.max(1, late));
      }),
      RUNS,
    );
  });

  it("with no restoration the answer equals today's", () => {
    fc.assert(
      fc.property(scenario, ([g, lost, , hours]) => {
        const engine = new Engine(toProjection(g));
        const today = engine.scenario({ lost, compromised: lost, hours }, DEFAULT_PROFILE);
        const r = scenarioOverTime(engine, { lost, compromised: lost, hours }, new Map(), DEFAULT_PROFILE);
        close(r.availabilityHarm, today.availabilityHarm);
        close(r.totalHarm, today.totalHarm);
        expect(r.consequence).toBe(today.consequence);
        expect(r.affected).toEqual(today.affected);
        expect(r.services.map((s) => [s.service, s.consequence, s.recoveredAt])).toEqual(
          today.services.map((s) => [s.service, s.consequence, null]),
        );
        r.services.forEach((s, k) => close(s.harm, today.services[k]!.harm));
      }),
      RUNS,
    );
  });

  it("the ranking with recovery scores each asset by its lone loss restored at its recoveryHours", () => {
    fc.assert(
      fc.property(scenario, ([g, , times, hours]) => {
        const p = withRecovery(
          toProjection(g),
          times.map((t) => (t ? t : null)),
        );
        const engine = new Engine(p);
        for (const row of rowsOf(rankAssets(engine, hours, DEFAULT_PROFILE, true))) {
          const own = p.recoveryHours[row.node]!;
          const restore = new Map(Number.isNaN(own) ? [] : [[row.node, own]]);
          close(
            row.availabilityHarm,
            scenarioOverTime(engine, { lost: [row.node], compromised: [], hours }, restore, DEFAULT_PROFILE).availabilityHarm,
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it("tolerance breaches are the services a lone loss lowers beyond their tolerance", () => {
    fc.assert(
      fc.property(scenario, ([g, , times]) => {
        const p = withRecovery(
          toProjection(g),
          times.map((t) => (t ? t : null)),
        );
        const expected: string[] = [];
        g.kinds.forEach((k, x) => {
          if (k !== KIND.System && k !== KIND.DataStore && k !== KIND.Supplier) return;
          const c = bruteCapability(g, new Set([x]));
          for (const s of g.services) {
            const back = p.recoveryHours[x]!;
            if (s.tolerance && c[s.node]! < 1 - 1e-9 && (Number.isNaN(back) || back > s.tolerance))
              expected.push(`${p.idOf(s.node)}<${p.idOf(x)}`);
          }
        });
        const got = toleranceBreaches(new Engine(p)).map((b) => `${p.idOf(b.service)}<${p.idOf(b.through)}`);
        expect(got).toEqual(expected.sort());
      }),
      { numRuns: 100 },
    );
  });
});
