import type { Projection } from "./projection.js";

/** Values move until no change exceeds this (model section 2). */
export const FIXPOINT_EPSILON = 1e-12;

/**
 * The capability a node keeps given its providers' capabilities (model section 2): alternatives
 * add up, g = min(1, Σ c(p)·share), and the node keeps the worst slot's κ + (1−κ)·g.
 */
export function evaluate(p: Projection, cap: Float64Array, i: number): number {
  let worst = 1;
  for (let s = p.slotStart[i]!, end = p.slotStart[i + 1]!; s < end; s++) {
    let g = 0;
    for (let m = p.memberStart[s]!, mEnd = p.memberStart[s + 1]!; m < mEnd; m++) g += cap[p.memberTarget[m]!]! * p.memberShare[m]!;
    if (g > 1) g = 1;
    const k = p.slotFallback[s]!;
    const kept = k + (1 - k) * g;
    if (kept < worst) worst = kept;
  }
  return worst;
}

/**
 * Runs availability scenarios incrementally from the baseline, where every node is at 1: each
 * group of a projection carries the whole need (its shares add up to at least 1), so with nothing
 * lost nothing moves. Every array is allocated once, so the ranking can run millions of
 * scenarios; reset() restores exactly what run() changed.
 */
export class AvailabilityRunner {
  /** Current capability of every node. Valid after run(), until reset(). */
  readonly cap: Float64Array;
  private readonly lost: Uint8Array;
  private readonly queued: Uint8Array;
  private readonly queue: Int32Array;
  private readonly touchedMark: Uint8Array;
  private readonly touchedList: Int32Array;
  private touchedCount = 0;
  private lostIds: readonly number[] = [];

  /** `within`, if given, limits propagation to the marked nodes (the rest stay at 1). */
  constructor(
    private readonly p: Projection,
    private readonly within?: Uint8Array,
  ) {
    this.cap = new Float64Array(p.n).fill(1);
    this.lost = new Uint8Array(p.n);
    this.queued = new Uint8Array(p.n);
    this.queue = new Int32Array(p.n + 1);
    this.touchedMark = new Uint8Array(p.n);
    this.touchedList = new Int32Array(p.n);
  }

  /** Capabilities for scenario L; returns the nodes whose capability fell below 1. */
  run(lost: readonly number[]): Int32Array {
    this.reset();
    this.lostIds = lost;
    for (const x of lost) this.lost[x] = 1;
    for (const x of lost) {
      this.touch(x);
      this.cap[x] = 0;
    }
    this.settle(lost);
    return this.touchedList.subarray(0, this.touchedCount);
  }

  /** Puts every node the last run changed back at 1. */
  reset(): void {
    for (let t = 0; t < this.touchedCount; t++) {
      const i = this.touchedList[t]!;
      this.cap[i] = 1;
      this.touchedMark[i] = 0;
    }
    this.touchedCount = 0;
    for (const x of this.lostIds) this.lost[x] = 0;
    this.lostIds = [];
  }

  /** Worklist iteration from the lost nodes: re-evaluate the dependents of every node that moved, FIFO. */
  private settle(lost: readonly number[]): void {
    const { p, cap, queue, queued, within } = this;
    const size = queue.length;
    let head = 0;
    let tail = 0;
    const enqueue = (i: number): void => {
      if (queued[i] || (within && !within[i])) return;
      queued[i] = 1;
      queue[tail] = i;
      tail = tail + 1 === size ? 0 : tail + 1;
    };
    const enqueueDependents = (i: number): void => {
      for (let e = p.dependentStart[i]!, end = p.dependentStart[i + 1]!; e < end; e++) enqueue(p.dependent[e]!);
    };
    for (const x of lost) enqueueDependents(x);
    while (head !== tail) {
      const i = queue[head]!;
      head = head + 1 === size ? 0 : head + 1;
      queued[i] = 0;
      // A node already at 0 cannot fall further: evaluating it again (once for each of its
      // providers that falls) would only read all its dependencies for nothing.
      if (this.lost[i] || cap[i] === 0) continue;
      const v = evaluate(p, cap, i);
      const old = cap[i]!;
      if (v >= old) continue;
      this.touch(i);
      cap[i] = v;
      if (old - v > FIXPOINT_EPSILON) enqueueDependents(i);
    }
  }

  private touch(i: number): void {
    if (this.touchedMark[i]) return;
    this.touchedMark[i] = 1;
    this.touchedList[this.touchedCount++] = i;
  }
}
