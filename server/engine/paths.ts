import type { Projection } from "./projection.js";
import { FULL } from "./projection.js";

/**
 * The evidence for a service's loss: a shortest DEPENDS_ON path from the service down to a
 * lost node, through nodes whose capability is below 1. Empty when there is none.
 */
export function dependencyPath(p: Projection, cap: Float64Array, from: number, isLost: (i: number) => boolean): number[] {
  if (isLost(from)) return [from];
  const parent = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    for (let s = p.slotStart[i]!, end = p.slotStart[i + 1]!; s < end; s++) {
      for (let m = p.memberStart[s]!, mEnd = p.memberStart[s + 1]!; m < mEnd; m++) {
        const t = p.memberTarget[m]!;
        if (parent.has(t) || !(cap[t]! < FULL)) continue;
        parent.set(t, i);
        if (isLost(t)) return unwind(parent, t);
        queue.push(t);
      }
    }
  }
  return [];
}

function unwind(parent: Map<number, number>, end: number): number[] {
  const path: number[] = [];
  for (let i = end; i !== -1; i = parent.get(i)!) path.push(i);
  return path.reverse();
}
