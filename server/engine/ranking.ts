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

/** One of `of` interleaved shares of the assets: those at positions index, index + of, … */
export interface RankingPart {
  index: number;
  of: number;
}

/**
 * What to protect first (model section 5): every System, DataStore and Supplier scored by the
 * harm of losing it alone plus the harm of its compromise alone, sorted by score, then
 * availability harm, then id. Propagation is limited to nodes some care service depends on,
 * the only ones whose capability can change a service's. With `recovery`, each asset is
 * restored at its recoveryHours (never, where it has none). With `part`, only that share of
 * the assets, ranked among themselves: mergeRankings of every part is the whole ranking.
 */
export function rankAssets(
  engine: Engine,
  hours: number,
  profile: ScoringProfile,
  recovery = false,
  part: RankingPart = { index: 0, of: 1 },
): Ranking {
  const p = engine.p;
  const { support, runner } = engine.supportRunner;
  const exposure = engine.exposureRunner;

  const all = engine.assets;
  // Interleaved, not in ranges: neighbouring assets often cost alike (a fleet of devices, a trust's systems).
  const count = Math.max(0, Math.ceil((all.length - part.index) / part.of));
  const asset = new Int32Array(count);
  for (let k = 0; k < count; k++) asset[k] = all[part.index + k * part.of]!;
  const availability = new Float64Array(count);
  const confidentiality = new Float64Array(count);
  const single = [0];
  for (let k = 0; k < count; k++) {
    const x = asset[k]!;
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

  const score = new Float64Array(count);
  for (let k = 0; k < count; k++) score[k] = availability[k]! + confidentiality[k]!;
  const order = rankOrder(score, availability, asset, p.compareIds);
  const node = new Int32Array(count);
  const sorted = { score: new Float64Array(count), availability: new Float64Array(count), confidentiality: new Float64Array(count) };
  for (let o = 0; o < count; o++) {
    const k = order[o]!;
    node[o] = asset[k]!;
    sorted.score[o] = score[k]!;
    sorted.availability[o] = availability[k]!;
    sorted.confidentiality[o] = confidentiality[k]!;
  }
  return { length: count, node, score: sorted.score, availabilityHarm: sorted.availability, confidentialityHarm: sorted.confidentiality };
}

/**
 * Positions in ranking order: score, then availability harm, then id. Most assets do no harm;
 * only those that do are sorted by score, and the rest, all tied at zero, follow in id order
 * (the assets' own order when already so, which is checked, not assumed).
 */
function rankOrder(
  score: Float64Array,
  availability: Float64Array,
  asset: Int32Array,
  compareIds: (a: number, b: number) => number,
): Int32Array {
  const count = score.length;
  let harmful = 0;
  for (let k = 0; k < count; k++) if (score[k]! > 0) harmful++;
  const order = new Int32Array(count);
  let h = 0;
  let z = harmful;
  for (let k = 0; k < count; k++) order[score[k]! > 0 ? h++ : z++] = k;
  order
    .subarray(0, harmful)
    .sort((a, b) => score[b]! - score[a]! || availability[b]! - availability[a]! || compareIds(asset[a]!, asset[b]!));
  const rest = order.subarray(harmful);
  let inIdOrder = true;
  for (let o = 1; o < rest.length && inIdOrder; o++) inIdOrder = compareIds(asset[rest[o - 1]!]!, asset[rest[o]!]!) < 0;
  if (!inIdOrder) rest.sort((a, b) => compareIds(asset[a]!, asset[b]!));
  return order;
}

/**
 * Rankings of disjoint parts of the assets merged into one, in the ranking's order (score, then
 * availability harm, then id): the same rows, in the same order, as ranking them all at once.
 */
export function mergeRankings(parts: readonly Ranking[], compareIds: (a: number, b: number) => number): Ranking {
  if (parts.length === 1) return parts[0]!;
  const length = parts.reduce((n, r) => n + r.length, 0);
  const out = {
    length,
    node: new Int32Array(length),
    score: new Float64Array(length),
    availabilityHarm: new Float64Array(length),
    confidentialityHarm: new Float64Array(length),
  };
  const at = parts.map(() => 0);
  // Whether row j of part a comes before row k of part b.
  const before = (a: Ranking, j: number, b: Ranking, k: number): boolean =>
    a.score[j]! > b.score[k]! ||
    (a.score[j] === b.score[k] &&
      (a.availabilityHarm[j]! > b.availabilityHarm[k]! ||
        (a.availabilityHarm[j] === b.availabilityHarm[k] && compareIds(a.node[j]!, b.node[k]!) < 0)));
  for (let o = 0; o < length; o++) {
    let best = -1;
    for (let q = 0; q < parts.length; q++) {
      if (at[q]! >= parts[q]!.length) continue;
      if (best < 0 || before(parts[q]!, at[q]!, parts[best]!, at[best]!)) best = q;
    }
    const r = parts[best]!;
    const k = at[best]!++;
    out.node[o] = r.node[k]!;
    out.score[o] = r.score[k]!;
    out.availabilityHarm[o] = r.availabilityHarm[k]!;
    out.confidentialityHarm[o] = r.confidentialityHarm[k]!;
  }
  return out;
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
