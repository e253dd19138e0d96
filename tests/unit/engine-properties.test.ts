import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { KIND } from "../../server/engine/projection.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { failsOnly } from "../support/fails-only.js";
import { capabilities } from "../support/capabilities.js";
import { singlePointsOfFailure, upstreamOf } from "../../server/engine/spof.js";
import { bruteCapability, bruteExposure, bruteHarm } from "../support/brute-force.js";
import { rawGraph, toProjection, type RawGraph } from "../support/random-graph.js";

const RUNS = { numRuns: 300 };

function reach(g: RawGraph, from: number[]): Set<number> {
  const seen = new Set(from);
  const stack = [...from];
  while (stack.length) {
    for (const slot of g.slots[stack.pop()!]!) {
      for (const m of slot.members) {
        if (!seen.has(m.to)) {
          seen.add(m.to);
          stack.push(m.to);
        }
      }
    }
  }
  return seen;
}
/** Edges in a shortest DEPENDS_ON chain from `from` to a lost node through affected nodes, by plain BFS. */
function shortestToLost(g: RawGraph, from: number, lost: ReadonlySet<number>, affected: ReadonlySet<number>): number | null {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    if (lost.has(i)) return dist.get(i)!;
    for (const slot of g.slots[i]!) {
      for (const m of slot.members) {
        if (dist.has(m.to) || !affected.has(m.to)) continue;
        dist.set(m.to, dist.get(i)! + 1);
        queue.push(m.to);
      }
    }
  }
  return null;
}
const lostSet = (n: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: 4 });

describe("engine against brute force on random graphs (cycles, groups, shares, degradations)", () => {
  it("capabilities equal the plain fixpoint iteration", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) => fc.tuple(fc.constant(g), lostSet(g.kinds.length))),
        ([g, lost]) => {
          const engine = new Engine(toProjection(g));
          const cap = capabilities(engine, lost);
          const brute = bruteCapability(g, new Set(lost));
          brute.forEach((b, i) => expect(Math.abs(cap[i]! - b)).toBeLessThan(1e-9));
        },
      ),
      RUNS,
    );
  });

  it("a scenario's affected nodes, service harms and exposure equal the brute force", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) =>
          fc.tuple(fc.constant(g), lostSet(g.kinds.length), lostSet(g.kinds.length), fc.integer({ min: 0, max: 200 })),
        ),
        ([g, lost, compromised, hours]) => {
          const engine = new Engine(toProjection(g));
          const r = engine.scenario({ lost, compromised, hours }, DEFAULT_PROFILE);
          const brute = bruteCapability(g, new Set(lost));
          expect(r.affected.map((a) => a.node)).toEqual(brute.flatMap((c, i) => (c < 1 - 1e-9 ? [i] : [])));
          let total = 0;
          for (const s of g.services) {
            const expected = bruteHarm(s, brute[s.node]!, hours);
            total += expected.harm;
            const got = r.services.find((x) => x.service === s.node);
            expect(got?.harm ?? 0).toBeCloseTo(expected.harm, 6);
            expect(got?.consequence ?? 0).toBe(expected.consequence);
          }
          // Summed in another order than the services above: equal to within floating point, relative to the total.
          expect(Math.abs(r.availabilityHarm - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
          const exposure = bruteExposure(g, compromised);
          expect([...r.exposed]).toEqual(exposure.exposed);
          expect(r.confidentialityHarm).toBeCloseTo(exposure.harm, 9);
        },
      ),
      RUNS,
    );
  });

  it("every service on a returned path is affected and the path ends at a lost node", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) => fc.tuple(fc.constant(g), lostSet(g.kinds.length))),
        ([g, lost]) => {
          const p = toProjection(g);
          const r = new Engine(p).scenario({ lost, compromised: [], hours: 24 }, DEFAULT_PROFILE);
          const affected = new Set(r.affected.map((a) => a.node));
          for (const s of r.services) {
            if (!s.path.length) continue;
            expect(s.path[0]).toBe(s.service);
            expect(lost).toContain(s.path[s.path.length - 1]);
            s.path.forEach((n) => expect(affected.has(n)).toBe(true));
            for (let k = 0; k + 1 < s.path.length; k++) {
              expect(g.slots[s.path[k]!]!.some((slot) => slot.members.some((m) => m.to === s.path[k + 1]))).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it("each service's path is a shortest one through affected nodes, and there is one whenever any exists", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) => fc.tuple(fc.constant(g), lostSet(g.kinds.length))),
        ([g, lost]) => {
          const r = new Engine(toProjection(g)).scenario({ lost, compromised: [], hours: 24 }, DEFAULT_PROFILE);
          const affected = new Set(r.affected.map((a) => a.node));
          for (const s of r.services) {
            const shortest = shortestToLost(g, s.service, new Set(lost), affected);
            expect(s.path.length).toBe(shortest === null ? 0 : shortest + 1);
          }
        },
      ),
      RUNS,
    );
  });

  it("is monotone: losing more never raises a capability", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) => fc.tuple(fc.constant(g), lostSet(g.kinds.length), lostSet(g.kinds.length))),
        ([g, a, b]) => {
          const engine = new Engine(toProjection(g));
          const small = capabilities(engine, a);
          const large = capabilities(engine, [...a, ...b]);
          // The fixpoint stops once no value moves by more than 1e-12, so two runs can differ by a
          // few of those steps; the model compares capabilities with a tolerance of 1e-9.
          for (let i = 0; i < small.length; i++) expect(large[i]!).toBeLessThanOrEqual(small[i]! + 1e-9);
        },
      ),
      RUNS,
    );
  });

  it("harm grows with the horizon", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) =>
          fc.tuple(
            fc.constant(g),
            lostSet(g.kinds.length),
            fc.double({ min: 0, max: 500, noNaN: true }),
            fc.double({ min: 0, max: 500, noNaN: true }),
          ),
        ),
        ([g, lost, t1, t2]) => {
          const engine = new Engine(toProjection(g));
          const [lo, hi] = t1 < t2 ? [t1, t2] : [t2, t1];
          const a = engine.scenario({ lost, compromised: [], hours: lo }, DEFAULT_PROFILE);
          const b = engine.scenario({ lost, compromised: [], hours: hi }, DEFAULT_PROFILE);
          expect(b.availabilityHarm).toBeGreaterThanOrEqual(a.availabilityHarm - 1e-9);
          expect(b.consequence).toBeGreaterThanOrEqual(a.consequence);
        },
      ),
      RUNS,
    );
  });

  it("single points of failure are exactly the nodes whose lone loss stops the service", () => {
    fc.assert(
      fc.property(rawGraph(), (g) => {
        const engine = new Engine(toProjection(g));
        for (const s of g.services) {
          const spof = new Set(singlePointsOfFailure(engine, s.node));
          // Only what the service depends on can stop it; anything else is no point of failure of it.
          const upstream = reach(
            g,
            g.slots[s.node]!.flatMap((o) => o.members.map((m) => m.to)),
          );
          for (let x = 0; x < g.kinds.length; x++) {
            if (x === s.node || !upstream.has(x)) continue;
            const stops = bruteCapability(g, new Set([x]))[s.node]! < 1e-9;
            expect(spof.has(x), `node ${x} for service ${s.node}`).toBe(stops);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("a group member is never a single point of failure while another member stands", () => {
    fc.assert(
      fc.property(rawGraph(), (g) => {
        const engine = new Engine(toProjection(g));
        for (const s of g.services) {
          const spof = new Set(singlePointsOfFailure(engine, s.node));
          // A service that is stopped with nothing lost has no redundancy to speak of.
          if (bruteCapability(g, new Set())[s.node]! < 1e-9) continue;
          g.slots[s.node]!.forEach((slot, si) => {
            if (!slot.grouped) return;
            // Nodes the service reaches through its other slots: redundancy here cannot hide those.
            const elsewhere = reach(
              g,
              g.slots[s.node]!.filter((_, k) => k !== si).flatMap((o) => o.members.map((m) => m.to)),
            );
            for (const x of slot.members) {
              if (elsewhere.has(x.to)) continue;
              const without = bruteCapability(g, new Set([x.to]));
              const otherStands = slot.members.some((m) => m.to !== x.to && without[m.to]! * m.share > 1e-9);
              if (otherStands) expect(spof.has(x.to)).toBe(false);
            }
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the ranking's scores equal single-asset scenarios, in the model's order", () => {
    fc.assert(
      fc.property(rawGraph(16), fc.integer({ min: 1, max: 100 }), (g, hours) => {
        const p = toProjection(g);
        const engine = new Engine(p);
        const rows = rowsOf(rankAssets(engine, hours, DEFAULT_PROFILE));
        const assets = g.kinds.flatMap((k, i) => (k === KIND.System || k === KIND.DataStore || k === KIND.Supplier ? [i] : []));
        expect(rows.map((r) => r.node).sort((a, b) => a - b)).toEqual(assets);
        for (const row of rows) {
          const r = engine.scenario({ lost: [row.node], compromised: [row.node], hours }, DEFAULT_PROFILE);
          expect(row.availabilityHarm).toBeCloseTo(r.availabilityHarm, 6);
          expect(row.confidentialityHarm).toBeCloseTo(r.confidentialityHarm, 9);
        }
        for (let k = 0; k + 1 < rows.length; k++) {
          const a = rows[k]!,
            b = rows[k + 1]!;
          expect(
            a.score > b.score ||
              (a.score === b.score &&
                (a.availabilityHarm > b.availabilityHarm ||
                  (a.availabilityHarm === b.availabilityHarm && p.idOf(a.node) < p.idOf(b.node)))),
          ).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("upstream holds every node a service depends on, directly or not", () => {
    fc.assert(
      fc.property(rawGraph(), (g) => {
        const engine = new Engine(toProjection(g));
        for (const s of g.services) {
          const up = new Set(upstreamOf(engine, s.node));
          const seen = reach(
            g,
            g.slots[s.node]!.flatMap((o) => o.members.map((m) => m.to)),
          );
          seen.delete(s.node);
          expect(up).toEqual(seen);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the FAILS-only variant", () => {
  it("loses exactly the nodes that reach a lost node through dependencies", () => {
    fc.assert(
      fc.property(
        rawGraph().chain((g) => fc.tuple(fc.constant(g), fc.nat(g.kinds.length - 1))),
        ([g, x]) => {
          const engine = new Engine(failsOnly(toProjection(g)));
          const affected = engine.scenario({ lost: [x], compromised: [], hours: 24 }, DEFAULT_PROFILE).affected.map((a) => a.node);
          const reaching = g.kinds
            .map((_, i) => i)
            .filter(
              (i) =>
                i === x ||
                reach(
                  g,
                  g.slots[i]!.flatMap((s) => s.members.map((m) => m.to)),
                ).has(x),
            );
          expect(affected).toEqual(reaching);
          expect([...engine.affectedBy([x])]).toEqual(reaching);
          expect(
            engine.scenario({ lost: [x], compromised: [], hours: 24 }, DEFAULT_PROFILE).affected.every((a) => a.capability === 0),
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
