import { impliedAdministers, impliedDependency } from "../engine/hosting.js";
import type { Projection } from "../engine/projection.js";
import type { NodeSnapshot } from "./models.js";

/** One step of an explanation, in ids, saying whether hosting implies it (model section 10). */
export interface ExplanationEdgeModel {
  snapshot?: NodeSnapshot;
  from: string;
  to: string;
  relationship: "DEPENDS_ON" | "ADMINISTERS" | "ACCESSES";
  implied: boolean;
}

/** The DEPENDS_ON steps of a service's evidence path (node indices, service first). */
export function dependencySteps(p: Projection, path: ArrayLike<number>, snapshot?: NodeSnapshot): ExplanationEdgeModel[] {
  const out: ExplanationEdgeModel[] = [];
  for (let k = 0; k + 1 < path.length; k++) {
    const a = path[k]!,
      b = path[k + 1]!;
    out.push({ snapshot, from: p.idOf(a), to: p.idOf(b), relationship: "DEPENDS_ON", implied: impliedDependency(p, a, b) });
  }
  return out;
}

/** The steps of an exposure path: ADMINISTERS down from the compromised node, then ACCESSES where `viaAccess`. */
export function exposureSteps(p: Projection, path: readonly number[], viaAccess: boolean, snapshot?: NodeSnapshot): ExplanationEdgeModel[] {
  const out: ExplanationEdgeModel[] = [];
  for (let k = 0; k + 1 < path.length; k++) {
    const a = path[k]!,
      b = path[k + 1]!;
    const access = viaAccess && k + 2 === path.length;
    out.push({
      snapshot,
      from: p.idOf(a),
      to: p.idOf(b),
      relationship: access ? "ACCESSES" : "ADMINISTERS",
      implied: !access && impliedAdministers(p, a, b),
    });
  }
  return out;
}
