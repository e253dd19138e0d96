import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { KIND } from "../../server/engine/projection.js";
import { ProjectionBuilder } from "../../server/engine/projection-builder.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { singlePointsOfFailure } from "../../server/engine/spof.js";
import { bruteCapability } from "../support/brute-force.js";
import { capabilities } from "../support/capabilities.js";
import { normalisedShares, rawGraph, toProjection, type RawGraph } from "../support/random-graph.js";

const RUNS = { numRuns: 300 };
const lostSet = (n: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: 4 });

describe("redundancy that adds up (model section 2)", () => {
  it("nothing lost: nothing affected, no harm, every capability 1", () => {
    fc.assert(
      fc.property(rawGraph(), fc.integer({ min: 1, max: 720 }), (g, hours) => {
        const engine = new Engine(toProjection(g));
        const r = engine.scenario({ lost: [], compromised: [], hours }, DEFAULT_PROFILE);
        expect(r.affected).toEqual([]);
        expect(r.availabilityHarm).toBe(0);
        expect(engine.p.shortGroups).toEqual([]);
        expect([...capabilities(engine, [])].every((c) => c === 1)).toBe(true);
        expect(bruteCapability(g, new Set()).every((c) => c === 1)).toBe(true);
      }),
      RUNS,
    );
  });

  it("adding a member to a group never lowers a capability", () => {
    const withExtra = rawGraph().chain((g) => {
      const grouped = g.slots.flatMap((slots, i) => slots.flatMap((slot, si) => (slot.grouped ? [[i, si] as const] : [])));
      if (!grouped.length) return fc.constant(null);
      return fc.record({
        g: fc.constant(g),
        at: fc.constantFrom(...grouped),
        to: fc.nat(g.kinds.length - 1),
        share: fc.constantFrom(0, 0.1, 0.5, 1),
        lost: lostSet(g.kinds.length),
      });
    });
    fc.assert(
      fc.property(withExtra, (c) => {
        if (!c) return;
        const [i, si] = c.at;
        const taken = new Set(c.g.slots[i]!.flatMap((s) => s.members.map((m) => m.to)));
        if (c.to === i || taken.has(c.to)) return;
        const slots = c.g.slots.map((s, k) =>
          k !== i ? s : s.map((slot, j) => (j !== si ? slot : { ...slot, members: [...slot.members, { to: c.to, share: c.share }] })),
        );
        const bigger: RawGraph = { ...c.g, slots };
        const before = capabilities(new Engine(toProjection(c.g)), c.lost);
        const after = capabilities(new Engine(toProjection(bigger)), c.lost);
        for (let k = 0; k < before.length; k++) expect(after[k]!).toBeGreaterThanOrEqual(before[k]! - 1e-9);
      }),
      RUNS,
    );
  });

  it("a stored graph whose groups fall short: named, read as carrying the whole need, nothing affected when nothing is lost", () => {
    fc.assert(
      fc.property(
        rawGraph(24, true).chain((g) => fc.tuple(fc.constant(g), lostSet(g.kinds.length))),
        ([g, lost]) => {
          const p = toProjection(g);
          const short = g.slots.flatMap((slots, i) =>
            slots.flatMap((slot, si) => {
              const sum = slot.members.reduce((s, m) => s + m.share, 0);
              return slot.grouped && sum < 1 - 1e-9 ? [`${p.idOf(i)}/g${si}`] : [];
            }),
          );
          expect(p.shortGroups.map((s) => `${p.idOf(s.node)}/${s.group}`).sort()).toEqual(short.sort());
          const engine = new Engine(p);
          expect(engine.scenario({ lost: [], compromised: [], hours: 24 }, DEFAULT_PROFILE).affected).toEqual([]);
          const cap = capabilities(engine, lost);
          bruteCapability(normalisedShares(g), new Set(lost)).forEach((b, i) => expect(Math.abs(cap[i]! - b)).toBeLessThan(1e-9));
        },
      ),
      RUNS,
    );
  });
});

/** Three virtualisation hosts of which any two carry the load, on one shared storage array. */
function threeHosts(): Engine {
  const b = new ProjectionBuilder();
  const svc = b.addNode("svc", KIND.CareService, "org");
  const app = b.addNode("app", KIND.System, "org");
  const hosts = ["host-a", "host-b", "host-c"].map((id) => b.addNode(id, KIND.System, "org"));
  const san = b.addNode("san", KIND.System, "org");
  b.setService(svc, { patientsPerDay: 240, severity: 4 });
  b.addDependency({ from: svc, to: app, fallback: 0 });
  for (const h of hosts) {
    b.addDependency({ from: app, to: h, fallback: 0, group: "hosts", share: 0.5 });
    b.addDependency({ from: h, to: san, fallback: 0 });
  }
  return new Engine(b.build());
}

describe("k-of-n capacity: three hosts at share 0.5", () => {
  const engine = threeHosts();
  const at = (id: string): number => engine.p.indexOf.get(id)!;
  const svc = at("svc");

  it("nothing lost: the application and the service are at 1", () => {
    const cap = capabilities(engine, []);
    expect(cap[at("app")]).toBe(1);
    expect(cap[svc]).toBe(1);
  });

  it("losing one host leaves both unaffected", () => {
    const r = engine.scenario({ lost: [at("host-a")], compromised: [], hours: 24 }, DEFAULT_PROFILE);
    expect(r.affected.map((a) => engine.p.idOf(a.node))).toEqual(["host-a"]);
    expect(r.services).toEqual([]);
    expect(r.availabilityHarm).toBe(0);
  });

  it("losing two hosts leaves the application and the service at 0.5", () => {
    const r = engine.scenario({ lost: [at("host-a"), at("host-b")], compromised: [], hours: 24 }, DEFAULT_PROFILE);
    const cap = new Map(r.affected.map((a) => [engine.p.idOf(a.node), a.capability]));
    expect(cap.get("app")).toBeCloseTo(0.5, 12);
    expect(cap.get("svc")).toBeCloseTo(0.5, 12);
    // MAJOR weighs 8: 8 × 240/24 patients an hour × 0.5 lost × 24 h.
    expect(r.availabilityHarm).toBeCloseTo(960, 9);
  });

  it("no host is a single point of failure; the storage they share is", () => {
    expect(singlePointsOfFailure(engine, svc).map((i) => engine.p.idOf(i))).toEqual(["app", "san"]);
  });

  it("a host alone ranks at zero availability harm", () => {
    const rows = rowsOf(rankAssets(engine, 24, DEFAULT_PROFILE));
    const byId = new Map(rows.map((r) => [engine.p.idOf(r.node), r.availabilityHarm]));
    expect(byId.get("host-a")).toBe(0);
    expect(byId.get("san")).toBeCloseTo(8 * 10 * 24, 9);
  });
});
