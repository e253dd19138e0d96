import type { Engine } from "./engine.js";
import { FULL, KIND } from "./projection.js";
import { breachesTolerance } from "./query.js";

/** Care service `service` breaches its impact tolerance through `through` (model section 9). */
export interface ToleranceBreach {
  service: number;
  through: number;
}

/**
 * Every tolerance breach of the estate: for each System, DataStore and Supplier x, the services
 * with an impactToleranceHours that x's lone loss lowers while x cannot be back within it (its
 * recoveryHours exceeds the tolerance, or it has none). One propagation per asset that some
 * service depends on, skipping assets back within the graph's shortest tolerance. By service id,
 * then x's id.
 */
export function toleranceBreaches(engine: Engine): ToleranceBreach[] {
  const p = engine.p;
  let shortest = Infinity;
  for (const s of engine.services) if (p.toleranceHours[s]! < shortest) shortest = p.toleranceHours[s]!;
  if (shortest === Infinity) return [];
  const { support, runner } = engine.supportRunner;
  const out: ToleranceBreach[] = [];
  const single = [0];
  for (const x of engine.assets) {
    const back = p.recoveryHours[x]!;
    // Back within the shortest tolerance of the graph: within every one.
    if (!support[x] || back <= shortest) continue;
    single[0] = x;
    const touched = runner.run(single);
    for (let t = 0; t < touched.length; t++) {
      const s = touched[t]!;
      if (p.kind[s] !== KIND.CareService || !(runner.cap[s]! < FULL)) continue;
      if (breachesTolerance(p, s, x)) out.push({ service: s, through: x });
    }
    runner.reset();
  }
  return out.sort((a, b) => p.compareIds(a.service, b.service) || p.compareIds(a.through, b.through));
}
