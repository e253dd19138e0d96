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
        const delivered = Math.min(1, slot.members.reduce((sum, m) => sum + c[m.to]! * m.share, 0));
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
export function bruteHarm(s: RawGraph["services"][number], c: number, hours: number, weights: readonly number[] = [1, 2, 4, 8, 16]): { harm: number; consequence: number } {
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
