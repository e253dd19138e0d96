import type { RawGraph } from "./random-graph.js";

/**
 * The model's rules written plainly, for cross-checking the engine: capability by repeated
 * sweeps over every node until nothing moves by more than 1e-12 (section 2), harm by summing
 * small time steps (section 3), exposure by set closure (section 4).
 */
export function bruteCapability(g: RawGraph, lost: ReadonlySet<number>): number[] {
  const c: number[] = g.kinds.map((_, i) => (lost.has(i) ? 0 : 1));
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let moved = 0;
    for (let i = 0; i < c.length; i++) {
      if (lost.has(i)) continue;
      let v = 1;
      for (const slot of g.slots[i]!) {
        // Alternatives add up: the slot delivers min(1, Σ c × share).
        const delivered = Math.min(
          1,
          slot.members.reduce((sum, m) => sum + c[m.to]! * m.share, 0),
        );
        v = Math.min(v, slot.fallback + (1 - slot.fallback) * delivered);
      }
      moved = Math.max(moved, Math.abs(c[i]! - v));
      c[i] = v;
    }
    if (moved <= 1e-12) return c;
  }
  throw new Error("no fixpoint");
}

/** Harm by stepping through time in 1/64 h: exact when every breakpoint is a multiple of 1/64. */
export function bruteHarm(
  s: RawGraph["services"][number],
  c: number,
  hours: number,
  weights: readonly number[] = [1, 2, 4, 8, 16],
): { harm: number; consequence: number } {
  if (c >= 1 - 1e-9) return { harm: 0, consequence: 0 };
  const dt = 1 / 64;
  let harm = 0;
  let consequence = 0;
  for (let step = 0; step * dt < hours; step++) {
    const t = step * dt;
    const level = Math.min(5, s.severity + (s.tolerance ? Math.floor(t / s.tolerance) : 0));
    const w = s.workaround && t < s.workaround.hours ? s.workaround.capacity : 0;
    const loss = 1 - Math.max(c, w);
    if (loss > 0) consequence = Math.max(consequence, level);
    harm += weights[level - 1]! * (s.patientsPerDay / 24) * loss * Math.min(dt, hours - t);
  }
  return { harm, consequence };
}

export function bruteExposure(g: RawGraph, compromised: readonly number[]): { exposed: number[]; harm: number } {
  const controlled = new Set(compromised);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [a, b] of g.administers) {
      if (controlled.has(a) && !controlled.has(b)) {
        controlled.add(b);
        grew = true;
      }
    }
  }
  const exposed = new Set<number>();
  for (const x of controlled) if (g.kinds[x] === 3) exposed.add(x);
  for (const [sys, ds] of g.accesses) if (controlled.has(sys)) exposed.add(ds);
  const tierWeights = [1, 3, 8, 15];
  let harm = 0;
  for (const d of exposed) harm += tierWeights[g.tiers[d]! - 1]! * g.records[d]! * 0.001;
  return { exposed: [...exposed].sort((a, b) => a - b), harm };
}

/**
 * Section 9 plainly: step through time in 1/64 h; at each step the lost set is the nodes not yet
 * back, capability is the plain fixpoint for that set, and the integrand is section 3's with the
 * escalation and workaround counted from t = 0. Exact when every time is a multiple of 1/64.
 */
export function bruteHarmOverTime(
  g: RawGraph,
  lost: readonly number[],
  restore: ReadonlyMap<number, number>,
  hours: number,
  weights: readonly number[] = [1, 2, 4, 8, 16],
): { harm: number; perService: Map<number, number>; recoveredAt: Map<number, number | null> } {
  const dt = 1 / 64;
  const memo = new Map<string, number[]>();
  const capAt = (t: number): number[] => {
    const down = lost.filter((x) => !((restore.get(x) ?? Infinity) <= t));
    const key = [...new Set(down)].sort((a, b) => a - b).join(",");
    let c = memo.get(key);
    if (!c) memo.set(key, (c = bruteCapability(g, new Set(down))));
    return c;
  };
  const perService = new Map<number, number>();
  let harm = 0;
  for (let step = 0; step * dt < hours; step++) {
    const t = step * dt;
    const c = capAt(t);
    for (const s of g.services) {
      const cs = c[s.node]!;
      if (cs >= 1 - 1e-9) continue;
      const level = Math.min(5, s.severity + (s.tolerance ? Math.floor(t / s.tolerance) : 0));
      const w = s.workaround && t < s.workaround.hours ? s.workaround.capacity : 0;
      const h = weights[level - 1]! * (s.patientsPerDay / 24) * (1 - Math.max(cs, w)) * Math.min(dt, hours - t);
      harm += h;
      perService.set(s.node, (perService.get(s.node) ?? 0) + h);
    }
  }
  // Recovered at: the last restoration time at or before the horizon after which the service stays at 1.
  const recoveredAt = new Map<number, number | null>();
  const times = [...new Set([0, ...lost.map((x) => restore.get(x) ?? Infinity)])].filter((t) => t <= hours).sort((a, b) => a - b);
  for (const s of g.services) {
    if (capAt(0)[s.node]! >= 1 - 1e-9) continue;
    const back = times.find(
      (t) => times.filter((u) => u >= t).every((u) => capAt(u)[s.node]! >= 1 - 1e-9) && capAt(hours)[s.node]! >= 1 - 1e-9,
    );
    recoveredAt.set(s.node, back ?? null);
  }
  return { harm, perService, recoveredAt };
}
