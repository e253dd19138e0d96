import type { ControlInput } from "../model/risk-model.js";
import type { Projection } from "./projection.js";
import { slotOf } from "./query.js";

/**
 * The graph as a risk's controls would make it, as a view sharing every array but the ones a
 * control changes: a dependency made redundant keeps its whole slot at full capability (κ = 1),
 * and a workaround gives a service new workaround terms. Null when no control changes the graph.
 */
export function withControls(p: Projection, controls: readonly ControlInput[]): { view: Projection; unresolved: string[] } | null {
  const structural = controls.filter((c) => c.kind !== "LIKELIHOOD_DOWN");
  if (!structural.length) return null;
  const slotFallback = p.slotFallback.slice();
  const workaroundCapacity = p.workaroundCapacity.slice();
  const workaroundHours = p.workaroundHours.slice();
  const unresolved: string[] = [];
  for (const c of structural) {
    if (c.kind === "REDUNDANCY") {
      const from = p.indexOf.get(c.from);
      const to = p.indexOf.get(c.to);
      const slot = from === undefined || to === undefined ? -1 : slotOf(p, from, to);
      if (slot < 0) unresolved.push(`${c.from} -> ${c.to}`);
      else slotFallback[slot] = 1;
    } else if (c.kind === "WORKAROUND") {
      const s = p.indexOf.get(c.service);
      if (s === undefined) unresolved.push(c.service);
      else {
        workaroundCapacity[s] = c.capacity;
        workaroundHours[s] = c.sustainableHours;
      }
    }
  }
  return { view: { ...p, slotFallback, workaroundCapacity, workaroundHours }, unresolved };
}
