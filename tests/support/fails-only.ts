import type { Projection } from "../../server/engine/projection.js";

/**
 * The same graph with every dependency a lone FAILS edge: no groups, no degradation. Its
 * blast radius is plain reverse reachability, which a database can compute too; the
 * benchmark and the cross-checks compare the two on it.
 */
export function failsOnly(p: Projection): Projection {
  const members = p.memberTarget.length;
  const slotStart = new Int32Array(p.n + 1);
  for (let i = 0; i < p.n; i++) {
    const count = p.memberStart[p.slotStart[i + 1]!]! - p.memberStart[p.slotStart[i]!]!;
    slotStart[i + 1] = slotStart[i]! + count;
  }
  const memberStart = new Int32Array(members + 1);
  for (let m = 0; m <= members; m++) memberStart[m] = m;
  return {
    ...p,
    slotStart,
    slotFallback: new Float64Array(members),
    memberStart,
    memberShare: new Float64Array(members).fill(1),
  };
}
