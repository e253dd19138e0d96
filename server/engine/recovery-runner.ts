import { evaluate, FIXPOINT_EPSILON } from "./availability.js";
import type { Projection } from "./projection.js";

/**
 * Capabilities through a scenario whose lost nodes come back one after another (model section 9).
 * start() settles the greatest fixpoint for the nodes lost at t = 0; restore() brings nodes back
 * and recomputes only what they change: the affected nodes downstream of them are raised to 1
 * and lowered again from there. Nodes outside that set keep their values, for their fixpoint
 * equations read only nodes outside it; a start at or above the new fixpoint falls to it.
 */
export class RecoveryRunner {
  readonly cap: Float64Array;
  private readonly lost: Uint8Array;
  private readonly queued: Uint8Array;
  private readonly queue: Int32Array;
  private readonly mark: Uint8Array;
  private readonly touchedMark: Uint8Array;
  private readonly touched: number[] = [];
  private lostIds: number[] = [];

  constructor(private readonly p: Projection) {
    this.cap = new Float64Array(p.n).fill(1);
    this.lost = new Uint8Array(p.n);
    this.queued = new Uint8Array(p.n);
    this.queue = new Int32Array(p.n + 1);
    this.mark = new Uint8Array(p.n);
    this.touchedMark = new Uint8Array(p.n);
  }

  /** Settles the nodes lost at t = 0; returns every node lowered. */
  start(lost: readonly number[]): readonly number[] {
    this.reset();
    this.lostIds = [...lost];
    for (const x of lost) {
      this.lost[x] = 1;
      this.touch(x);
      this.cap[x] = 0;
    }
    for (const x of lost) this.enqueueDependents(x);
    this.settle();
    return this.touched;
  }

  /** Brings `nodes` back; returns the nodes re-evaluated, whose capability may have risen. */
  restore(nodes: readonly number[]): number[] {
    const { p, cap, mark, lost } = this;
    const changed: number[] = [];
    for (const x of nodes) {
      if (!lost[x]) continue;
      lost[x] = 0;
      mark[x] = 1;
      changed.push(x);
    }
    for (let head = 0; head < changed.length; head++) {
      const i = changed[head]!;
      for (let e = p.dependentStart[i]!, end = p.dependentStart[i + 1]!; e < end; e++) {
        const d = p.dependent[e]!;
        if (mark[d] || lost[d] || !(cap[d]! < 1)) continue;
        mark[d] = 1;
        changed.push(d);
      }
    }
    for (const i of changed) {
      mark[i] = 0;
      cap[i] = 1;
    }
    for (const i of changed) this.enqueue(i);
    this.settle();
    return changed;
  }

  reset(): void {
    for (const i of this.touched) {
      this.cap[i] = 1;
      this.touchedMark[i] = 0;
    }
    this.touched.length = 0;
    for (const x of this.lostIds) this.lost[x] = 0;
    this.lostIds = [];
  }

  private head = 0;
  private tail = 0;

  private enqueue(i: number): void {
    if (this.queued[i]) return;
    this.queued[i] = 1;
    this.queue[this.tail] = i;
    this.tail = this.tail + 1 === this.queue.length ? 0 : this.tail + 1;
  }

  private enqueueDependents(i: number): void {
    const p = this.p;
    for (let e = p.dependentStart[i]!, end = p.dependentStart[i + 1]!; e < end; e++) this.enqueue(p.dependent[e]!);
  }

  /** FIFO worklist: lower each node to its evaluation, passing on every move above the tolerance. */
  private settle(): void {
    const { p, cap, queue, queued, lost } = this;
    while (this.head !== this.tail) {
      const i = queue[this.head]!;
      this.head = this.head + 1 === queue.length ? 0 : this.head + 1;
      queued[i] = 0;
      if (lost[i]) continue;
      const v = evaluate(p, cap, i);
      const old = cap[i]!;
      if (v >= old) continue;
      this.touch(i);
      cap[i] = v;
      if (old - v > FIXPOINT_EPSILON) this.enqueueDependents(i);
    }
  }

  private touch(i: number): void {
    if (this.touchedMark[i]) return;
    this.touchedMark[i] = 1;
    this.touched.push(i);
  }
}
