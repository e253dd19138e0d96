import { factsFrom, referencedIds, type FactsData } from "../graph/facts.js";
import { emptyDocument } from "../model/document.js";
import { checkGroups, type RemovedEdge } from "../model/group-rules.js";
import type { Problem } from "../model/problems.js";
import type { RelDelta } from "./change-set.js";
import { locate, type ChangeRequest, type Origin } from "./request.js";

const key = (from: string, to: string): string => `${from}\u0000${to}`;
const EMPTY = emptyDocument();

/** The dependencies a change deletes. */
export const removedEdges = (relationships: readonly RelDelta[]): RemovedEdge[] =>
  relationships.filter((r) => r.type === "DEPENDS_ON" && r.after === null).map((r) => ({ from: r.from, to: r.to }));

/** The graph's groups as they stand once `removed` is gone, for the rules that check what the change writes. */
export function withoutRemoved(data: FactsData, removed: readonly RemovedEdge[]): FactsData {
  if (!removed.length) return data;
  const cut = new Set(removed.map((r) => key(r.from, r.to)));
  return {
    ...data,
    groups: data.groups.map(([from, byGroup]) => [
      from,
      byGroup.map(([group, members]) => [group, members.filter((m) => !cut.has(key(from, m.to)))]),
    ]),
  };
}

/**
 * The deletions checked here rather than by the document rules: of dependencies whose source
 * the change keeps and writes no dependencies for (those are checked with the entries written).
 */
export function loneRemovals(req: ChangeRequest, removed: readonly RemovedEdge[], gone: ReadonlySet<string>): RemovedEdge[] {
  const declared = new Set(referencedIds({ dependencies: req.upserts.dependencies }).dependents);
  return removed.filter((r) => !declared.has(r.from) && !gone.has(r.from));
}

/**
 * A redundancy group that deletions alone leave short (model section 7: a group carries the
 * whole need while every member stands), refused at each deletion's origin. `data` holds the
 * groups of the lone deletions' sources as the graph stands, read with the rest of the change's facts.
 */
export function checkRemovedFromGroups(req: ChangeRequest, lone: readonly RemovedEdge[], data: FactsData, problems: Problem[]): void {
  if (!lone.length) return;
  const found = checkGroups(EMPTY, factsFrom(data).groupsOf, lone);
  if (!found.length) return;
  const origins = new Map<string, Origin>();
  for (const r of req.removeRelationships) if (r.type === "DEPENDS_ON") origins.set(key(r.from, r.to), r.origin);
  const byNode = new Map(req.removeNodes.map((n) => [n.id, n.origin]));
  for (const p of found) {
    const k = Number(/^\$\.removals\[(\d+)\]$/.exec(p.path)?.[1]);
    const edge = lone[k]!;
    const origin = origins.get(key(edge.from, edge.to)) ?? byNode.get(edge.to) ?? { path: `$: ${edge.from} -[DEPENDS_ON]-> ${edge.to}` };
    problems.push(locate(origin, undefined, p.message));
  }
}
