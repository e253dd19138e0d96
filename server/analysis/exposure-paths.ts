import type { Projection } from "../engine/projection.js";
import { KIND } from "../engine/projection.js";
import type { ScoringProfile } from "../engine/profile.js";
import { storeHarm } from "../engine/confidentiality.js";
import { accessed, administered, isKind } from "../engine/query.js";
import type { ExposurePathModel } from "./models.js";
import { exposureSteps } from "./explanation-edges.js";
import type { GraphSnapshot } from "./snapshot.js";

/** How one exposed data store is reached: from a compromised node down the ADMINISTERS edges, then one ACCESSES edge. */
export interface ExposurePathRow {
  store: number;
  /** Node indices from a compromised node to the store; the last step is ACCESSES unless the store is itself controlled. */
  path: number[];
  /** Whether the last step is ACCESSES (else the store is itself controlled). */
  viaAccess: boolean;
  /** The store's part of the confidentiality harm (model section 4). */
  harm: number;
}

/**
 * One shortest exposure path for each store a compromise exposes, largest harm first. A
 * breadth-first walk over ADMINISTERS from the compromised nodes keeps each node's parent, so a
 * store's path is read back from the first controlled node that accesses (or is) it. Pure.
 */
export function exposurePaths(p: Projection, compromised: readonly number[], profile: ScoringProfile): ExposurePathRow[] {
  const parent = new Map<number, number>();
  const order: number[] = [];
  for (const k of compromised) {
    if (parent.has(k)) continue;
    parent.set(k, -1);
    order.push(k);
  }
  for (let i = 0; i < order.length; i++) {
    const x = order[i]!;
    for (const y of administered(p, x)) {
      if (!parent.has(y)) {
        parent.set(y, x);
        order.push(y);
      }
    }
  }
  const via = new Map<number, number>();
  for (const x of order) {
    if (isKind(p, x, KIND.DataStore) && !via.has(x)) via.set(x, -1);
    for (const d of accessed(p, x)) if (!via.has(d)) via.set(d, x);
  }
  const chain = (x: number): number[] => {
    const out: number[] = [];
    for (let at = x; at >= 0; at = parent.get(at) ?? -1) out.unshift(at);
    return out;
  };
  const rows = [...via].map(([store, accessor]) => ({
    store,
    path: accessor < 0 ? chain(store) : [...chain(accessor), store],
    viaAccess: accessor >= 0,
    harm: storeHarm(p, store, profile),
  }));
  return rows.sort((a, b) => b.harm - a.harm || p.idOf(a.store).localeCompare(p.idOf(b.store)));
}

/** The exposure paths of compromising `compromised` on graph `g`, in ids, the `first` largest (all if not given). */
export function exposurePathsOf(
  g: GraphSnapshot,
  compromised: readonly number[],
  profile: ScoringProfile,
  first?: number | null,
): ExposurePathModel[] {
  const id = g.projection.idOf;
  const rows = exposurePaths(g.projection, compromised, profile);
  return (first === null || first === undefined ? rows : rows.slice(0, first)).map((r) => ({
    snapshot: g.pastNodes,
    store: id(r.store),
    path: r.path.map(id),
    viaAccess: r.viaAccess,
    harm: r.harm,
    edges: exposureSteps(g.projection, r.path, r.viaAccess, g.pastNodes),
  }));
}

/** The exposure paths of compromising one asset alone, as a ranked row's score counts them. */
export function assetExposurePaths(g: GraphSnapshot, asset: string, profile: ScoringProfile): ExposurePathModel[] {
  const x = g.projection.indexOf.get(asset);
  return x === undefined ? [] : exposurePathsOf(g, [x], profile);
}
