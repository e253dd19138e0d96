import { evaluate } from "../../server/engine/availability.js";
import type { Projection } from "../../server/engine/projection.js";

export interface RuleCost {
  sumNsPerNode: number;
  maxNsPerNode: number;
}

/** The rule before alternatives added up: a group slot delivered its best member times its share. */
function evaluateBestMember(p: Projection, cap: Float64Array, i: number): number {
  let worst = 1;
  for (let s = p.slotStart[i]!, end = p.slotStart[i + 1]!; s < end; s++) {
    let g = 0;
    for (let m = p.memberStart[s]!, mEnd = p.memberStart[s + 1]!; m < mEnd; m++) {
      const v = cap[p.memberTarget[m]!]! * p.memberShare[m]!;
      if (v > g) g = v;
    }
    const k = p.slotFallback[s]!;
    const kept = k + (1 - k) * g;
    if (kept < worst) worst = kept;
  }
  return worst;
}

/**
 * What summing a group's members costs against taking the best one: every node's slots
 * evaluated over `cap` (a real scenario's capabilities), in alternating passes, best pass of each.
 */
export function ruleCost(p: Projection, cap: Float64Array, passes = 7): RuleCost {
  let sink = 0;
  const pass = (f: (p: Projection, cap: Float64Array, i: number) => number): number => {
    const t = performance.now();
    for (let i = 0; i < p.n; i++) sink += f(p, cap, i);
    return performance.now() - t;
  };
  let sum = Infinity;
  let max = Infinity;
  for (let k = 0; k < passes; k++) {
    sum = Math.min(sum, pass(evaluate));
    max = Math.min(max, pass(evaluateBestMember));
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the passes from being optimised away");
  return { sumNsPerNode: (sum * 1e6) / p.n, maxNsPerNode: (max * 1e6) / p.n };
}
