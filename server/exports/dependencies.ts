import type { GraphSnapshot } from "../analysis/snapshot.js";

/** Every node a node depends on, directly or not (DEPENDS_ON, every slot and member, implied by hosting too), by index. */
export function dependenciesOf(g: GraphSnapshot, from: number): number[] {
  const seen = new Set<number>([from]);
  const queue = [from];
  for (let k = 0; k < queue.length; k++) {
    const x = queue[k]!;
    for (const y of directDependencies(g, x)) {
      if (!seen.has(y)) {
        seen.add(y);
        queue.push(y);
      }
    }
  }
  return queue.slice(1);
}

/** The nodes a node depends on directly, by index. */
export function directDependencies(g: GraphSnapshot, x: number): number[] {
  const p = g.projection;
  const out: number[] = [];
  for (let s = p.slotStart[x]!; s < p.slotStart[x + 1]!; s++)
    for (let m = p.memberStart[s]!; m < p.memberStart[s + 1]!; m++) if (!out.includes(p.memberTarget[m]!)) out.push(p.memberTarget[m]!);
  return out;
}
