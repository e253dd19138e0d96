import { TOLERANCE } from "../model/tolerance.js";
import type { ShortGroup } from "./projection.js";
import { GrowableFloat64, GrowableInt32, HEAP_COLUMNS, copyInto, csr, type ColumnAlloc } from "./typed-arrays.js";

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
 * counting sort by source, then, within a node's few edges, by group. The columns it returns
 * are made by `alloc`; its working arrays are let go before the reverse index is laid out.
 */
export function layoutSlots(n: number, d: DependencyColumns, alloc: ColumnAlloc = HEAP_COLUMNS) {
  const count = d.from.length;
  const out = { slotStart: alloc.int32(n + 1), memberTarget: alloc.int32(count), memberShare: alloc.float64(count) };
  const { slotFallback, memberStart, shortGroups } = fillSlots(n, d, out, alloc);
  const reverse = csr(n, out.memberTarget, ownerOfMembers(n, out.slotStart, memberStart), alloc);
  return { ...out, slotFallback, memberStart, shortGroups, dependentStart: reverse.start, dependent: reverse.target };
}

interface SlotColumns {
  slotStart: Int32Array;
  memberTarget: Int32Array;
  memberShare: Float64Array;
}

function fillSlots(n: number, d: DependencyColumns, out: SlotColumns, alloc: ColumnAlloc) {
  const count = d.from.length;
  const edges = new Int32Array(count);
  for (let e = 0; e < count; e++) edges[e] = e;
  const byFrom = csr(n, d.from, edges);
  const order = byFrom.target;
  for (let i = 0; i < n; i++) sortRange(order, byFrom.start[i]!, byFrom.start[i + 1]!, d.group);

  const { slotStart, memberTarget, memberShare } = out;
  // A slot per edge at most: room made once, not by doubling.
  const fallback = new GrowableFloat64();
  fallback.reserve(count);
  const memberStart = new GrowableInt32();
  memberStart.reserve(count + 1);
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
  return { slotFallback: copyInto(alloc, fallback.view()), memberStart: copyInto(alloc, memberStart.view()), shortGroups };
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

/** The node owning each member: node i's members run from its first slot's first member to its last slot's end. */
function ownerOfMembers(n: number, slotStart: Int32Array, memberStart: Int32Array): Int32Array {
  const owner = new Int32Array(memberStart[slotStart[n]!]!);
  for (let i = 0; i < n; i++) owner.fill(i, memberStart[slotStart[i]!]!, memberStart[slotStart[i + 1]!]!);
  return owner;
}
