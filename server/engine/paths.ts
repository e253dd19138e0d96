import type { Projection } from "./projection.js";
import { FULL } from "./projection.js";

const UNSEEN = -2;
const LOST = -1;

/**
 * The evidence for each service's loss: a shortest DEPENDS_ON path from the service down to a
 * lost node, through nodes whose capability is below 1. One breadth-first search runs up the
 * reverse edges from every lost node at once, so each affected node learns its next step
 * toward the nearest lost node; a service's path is then read off by following those steps.
 * Scratch state lives in `toward` (sized to the graph, UNSEEN everywhere between calls).
 */
export class PathFinder {
  private readonly toward: Int32Array;
  private readonly seen: number[] = [];

  constructor(private readonly p: Projection) {
    this.toward = new Int32Array(p.n).fill(UNSEEN);
  }

  /** Runs the search for one scenario; `paths` is valid until `reset`. */
  search(cap: Float64Array, lost: readonly number[]): void {
    const { p, toward, seen } = this;
    for (const l of lost) {
      if (toward[l] !== UNSEEN) continue;
      toward[l] = LOST;
      seen.push(l);
    }
    for (let head = 0; head < seen.length; head++) {
      const i = seen[head]!;
      for (let k = p.dependentStart[i]!, end = p.dependentStart[i + 1]!; k < end; k++) {
        const d = p.dependent[k]!;
        if (toward[d] !== UNSEEN || !(cap[d]! < FULL)) continue;
        toward[d] = i;
        seen.push(d);
      }
    }
  }

  /** From `from` down to a lost node; empty when no affected chain reaches one. */
  path(from: number): number[] {
    const { toward } = this;
    if (toward[from] === UNSEEN) return [];
    const out = [from];
    for (let i = toward[from]!; i !== LOST; i = toward[i]!) out.push(i);
    return out;
  }

  reset(): void {
    for (const i of this.seen) this.toward[i] = UNSEEN;
    this.seen.length = 0;
  }
}
