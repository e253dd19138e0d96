import { TOLERANCE } from "../model/tolerance.js";
import type { ShortGroup } from "./projection.js";
import { GrowableFloat64, GrowableInt32, csr } from "./typed-arrays.js";

export interface DependencyColumns {
  from: Int32Array;
  to: Int32Array;
  fallback: Float64Array;
  share: Float64Array;
  /** Interned group name, -1 for a lone edge. */
  group: Int32Array;
  groupNames: readonly string[];
}

/**
 * Groups each node's dependencies into slots (one per lone edge, one per named group): a
 * counting sort by source, then, within a node's few edges, by group.
 */
export function layoutSlots(n: number, d: DependencyColumns) {
  const count = d.from.length;
  const byFrom = csr(
    n,
    d.from,
    Int32Array.from({ length: count }, (_, e) => e),
  );
  const order = byFrom.target;
  for (let i = 0; i < n; i++) sortRange(order, byFrom.start[i]!, byFrom.start[i + 1]!, d.group);

  const slotStart = new Int32Array(n + 1);
  const fallback = new GrowableFloat64();
  const memberStart = new GrowableInt32();
  const memberTarget = new Int32Array(count);
  const memberShare = new Float64Array(count);
  const shortGroups: ShortGroup[] = [];
  let slot = 0;
  let slotFirst = 0;
  for (let i = 0; i < n; i++) {
    slotStart[i] = slot;
    for (let m = byFrom.start[i]!, end = byFrom.start[i + 1]!; m < end; m++) {
      const e = order[m]!;
      const g = d.group[e]!;
      const sameSlot = m > byFrom.start[i]! && g >= 0 && d.group[order[m - 1]!] === g;
      if (!sameSlot) {
        fallback.push(d.fallback[e]!);
        memberStart.push(m);
        slotFirst = m;
        slot++;
      }
      memberTarget[m] = d.to[e]!;
      memberShare[m] = d.share[e]!;
      const next = m + 1 < end ? d.group[order[m + 1]!] : -1;
      if (g >= 0 && next !== g) {
        const short = carryWholeNeed(memberShare, slotFirst, m + 1);
        if (short !== undefined) shortGroups.push({ node: i, group: d.groupNames[g]!, shares: short });
      }
    }
  }
  slotStart[n] = slot;
  memberStart.push(count);
  const reverse = csr(n, memberTarget, ownerOfMembers(n, byFrom.start, count));
  return {
    slotStart,
    slotFallback: fallback.toArray(),
    memberStart: memberStart.toArray(),
    memberTarget,
    memberShare,
    shortGroups,
    dependentStart: reverse.start,
    dependent: reverse.target,
  };
}

/**
 * A group carries the whole need when all its members stand: shares add up to at least 1.
 * Scales a short group's shares[from..to) up to add to exactly 1 (equal parts where all are 0),
 * and returns the stored sum; undefined when the group was not short.
 */
function carryWholeNeed(shares: Float64Array, from: number, to: number): number | undefined {
  let sum = 0;
  for (let m = from; m < to; m++) sum += shares[m]!;
  if (sum >= 1 - TOLERANCE) return undefined;
  for (let m = from; m < to; m++) shares[m] = sum > 0 ? shares[m]! / sum : 1 / (to - from);
  return sum;
}

/** Insertion sort of order[from..to) by group: a node has few edges. Lone edges (-1) come first. */
function sortRange(order: Int32Array, from: number, to: number, group: Int32Array): void {
  for (let i = from + 1; i < to; i++) {
    const e = order[i]!;
    const g = group[e]!;
    let j = i - 1;
    while (j >= from && group[order[j]!]! > g) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = e;
  }
}

function ownerOfMembers(n: number, start: Int32Array, count: number): Int32Array {
  const owner = new Int32Array(count);
  for (let i = 0; i < n; i++) owner.fill(i, start[i]!, start[i + 1]!);
  return owner;
}
