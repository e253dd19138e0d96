import { AvailabilityRunner } from "./availability.js";
import type { Engine } from "./engine.js";
import { serviceHarm } from "./harm.js";
import type { ScoringProfile } from "./profile.js";
import { KIND, type Projection } from "./projection.js";

export interface RankedRow {
  node: number;
  score: number;
  availabilityHarm: number;
  confidentialityHarm: number;
}

/**
 * What to protect first (model section 5): every System, DataStore and Supplier scored by the
 * harm of losing it alone plus the harm of its compromise alone, sorted by score, then
 * availability harm, then id. Propagation is limited to nodes some care service depends on,
 * the only ones whose capability can change a service's.
 */
export function rankAssets(engine: Engine, hours: number, profile: ScoringProfile): RankedRow[] {
  const p = engine.p;
  const support = serviceSupport(p);
  const runner = new AvailabilityRunner(p, engine.baseline, support);
  const exposure = engine.exposureRunner;
  const serviceHarmAtBaseline = new Float64Array(p.n);
  let baselineTotal = 0;
  for (const s of engine.services) {
    const h = serviceHarm(engine.terms(s), engine.baseline[s]!, hours, profile).harm;
    serviceHarmAtBaseline[s] = h;
    baselineTotal += h;
  }

  const rows: RankedRow[] = new Array<RankedRow>(engine.assets.length);
  const single = [0];
  engine.assets.forEach((x, k) => {
    // Most assets (single devices) support no service and control no data: nothing to run.
    let availabilityHarm = baselineTotal;
    if (support[x]) {
      single[0] = x;
      const touched = runner.run(single);
      for (let t = 0; t < touched.length; t++) {
        const i = touched[t]!;
        if (p.kind[i] !== KIND.CareService) continue;
        availabilityHarm += serviceHarm(engine.terms(i), runner.cap[i]!, hours, profile).harm - serviceHarmAtBaseline[i]!;
      }
      runner.reset();
    }
    const exposes = p.kind[x] === KIND.DataStore || p.accessStart[x + 1]! > p.accessStart[x]! || p.adminStart[x + 1]! > p.adminStart[x]!;
    const confidentialityHarm = exposes ? exposure.harmOf(x, profile) : 0;
    rows[k] = { node: x, score: availabilityHarm + confidentialityHarm, availabilityHarm, confidentialityHarm };
  });
  const ids = p.ids;
  rows.sort((a, b) => b.score - a.score || b.availabilityHarm - a.availabilityHarm || (ids[a.node]! < ids[b.node]! ? -1 : 1));
  return rows;
}

/** Nodes that some care service depends on, directly or not, and the services themselves. */
export function serviceSupport(p: Projection): Uint8Array {
  const mark = new Uint8Array(p.n);
  const stack: number[] = [];
  for (let i = 0; i < p.n; i++) {
    if (p.kind[i] === KIND.CareService) {
      mark[i] = 1;
      stack.push(i);
    }
  }
  while (stack.length) {
    const i = stack.pop()!;
    for (let m = p.memberStart[p.slotStart[i]!]!, end = p.memberStart[p.slotStart[i + 1]!]!; m < end; m++) {
      const t = p.memberTarget[m]!;
      if (!mark[t]) {
        mark[t] = 1;
        stack.push(t);
      }
    }
  }
  return mark;
}
