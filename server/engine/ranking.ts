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

/** A ranking in columns, by position: millions of rows cost four typed arrays, not millions of objects. */
export interface Ranking {
  readonly length: number;
  readonly node: Int32Array;
  readonly score: Float64Array;
  readonly availabilityHarm: Float64Array;
  readonly confidentialityHarm: Float64Array;
}

export function rowAt(r: Ranking, k: number): RankedRow {
  return { node: r.node[k]!, score: r.score[k]!, availabilityHarm: r.availabilityHarm[k]!, confidentialityHarm: r.confidentialityHarm[k]! };
}

export function rowsOf(r: Ranking): RankedRow[] {
  return Array.from({ length: r.length }, (_, k) => rowAt(r, k));
}

/**
 * What to protect first (model section 5): every System, DataStore and Supplier scored by the
 * harm of losing it alone plus the harm of its compromise alone, sorted by score, then
 * availability harm, then id. Propagation is limited to nodes some care service depends on,
 * the only ones whose capability can change a service's. With `recovery`, each asset is
 * restored at its recoveryHours (never, where it has none).
 */
export function rankAssets(engine: Engine, hours: number, profile: ScoringProfile, recovery = false): Ranking {
  const p = engine.p;
  const support = serviceSupport(p);
  const runner = new AvailabilityRunner(p, support);
  const exposure = engine.exposureRunner;

  const count = engine.assets.length;
  const availability = new Float64Array(count);
  const confidentiality = new Float64Array(count);
  const single = [0];
  for (let k = 0; k < count; k++) {
    const x = engine.assets[k]!;
    // Most assets (single devices) support no service and control no data: nothing to run.
    let availabilityHarm = 0;
    // With recovery (model section 9) x is back at its recoveryHours, and a node at 1 does no
    // harm: the integral simply stops there.
    const own = p.recoveryHours[x]!;
    const until = recovery && own < hours ? own : hours;
    if (support[x]) {
      single[0] = x;
      const touched = runner.run(single);
      for (let t = 0; t < touched.length; t++) {
        const i = touched[t]!;
        if (p.kind[i] !== KIND.CareService) continue;
        availabilityHarm += serviceHarm(engine.terms(i), runner.cap[i]!, until, profile).harm;
      }
      runner.reset();
    }
    const exposes = p.kind[x] === KIND.DataStore || p.accessStart[x + 1]! > p.accessStart[x]! || p.adminStart[x + 1]! > p.adminStart[x]!;
    availability[k] = availabilityHarm;
    confidentiality[k] = exposes ? exposure.harmOf(x, profile) : 0;
  }

  const ids = p.ids;
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  const score = (k: number): number => availability[k]! + confidentiality[k]!;
  order.sort(
    (a, b) => score(b) - score(a) || availability[b]! - availability[a]! || (ids[engine.assets[a]!]! < ids[engine.assets[b]!]! ? -1 : 1),
  );
  return {
    length: count,
    node: order.map((k) => engine.assets[k]!),
    score: Float64Array.from(order, score),
    availabilityHarm: Float64Array.from(order, (k) => availability[k]!),
    confidentialityHarm: Float64Array.from(order, (k) => confidentiality[k]!),
  };
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
