import type { ManagedTransaction } from "neo4j-driver";
import { dependencyFromProps } from "../graph/rows.js";
import type { Problem } from "../model/problems.js";
import { dependencyValues, relKey, type NodeDelta, type RelDelta, type RelType } from "./change-set.js";
import { readNodes, readReferrers, readRelationships, type ExistingNode, type ExistingRel } from "./store.js";
import { locate, type ChangeRequest, type Origin } from "./request.js";

export interface RemovalPlan {
  nodes: NodeDelta[];
  relationships: RelDelta[];
  /** Systems whose supplier reference a cascade clears: changed, not removed. */
  cleared: NodeDelta[];
  /** What refers to a node the request removes without cascade. */
  referrers: Array<{ node: string; type: string; from: string; to: string }>;
}

export const relValues = (r: ExistingRel): Record<string, unknown> =>
  r.type === "DEPENDS_ON" ? dependencyValues(dependencyFromProps(r.from, r.to, r.props)) : {};

/**
 * The removals a request asks for, checked: each must exist; a node still referred to by
 * what stays is refused with the list of referrers, unless the request cascades, when those
 * relationships go too and supplier references are cleared. Nodes an organisation operates
 * are never removed by cascade: they are listed, to be moved or removed first.
 */
export async function planRemovals(tx: ManagedTransaction, req: ChangeRequest, problems: Problem[]): Promise<RemovalPlan> {
  const out: RemovalPlan = { nodes: [], relationships: [], cleared: [], referrers: [] };
  const removed = new Map<string, Origin>();
  for (const r of req.removeNodes) if (!removed.has(r.id)) removed.set(r.id, r.origin);
  const existing = await readNodes(tx, [...removed.keys()]);
  for (const [id, origin] of removed) {
    const n = existing.get(id);
    if (!n) problems.push(locate(origin, undefined, `no node has id '${id}'`));
    else out.nodes.push({ id, label: n.label, before: n.entry, after: null });
  }

  const rels = new Map<string, RelDelta>();
  const add = (r: ExistingRel): void => {
    rels.set(relKey(r.type, r.from, r.to), { type: r.type, from: r.from, to: r.to, before: relValues(r), after: null });
  };
  const byType = new Map<RelType, typeof req.removeRelationships>();
  for (const r of req.removeRelationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, asked] of byType) {
    const found = new Map((await readRelationships(tx, type, asked)).map((r) => [relKey(type, r.from, r.to), r]));
    for (const a of asked) {
      const r = found.get(relKey(type, a.from, a.to));
      if (r) add(r);
      else problems.push(locate(a.origin, undefined, `there is no ${type} relationship ${a.from} -> ${a.to}`));
    }
  }

  const refs = await readReferrers(tx, [...existing.keys()]);
  const refuse = (node: string, type: string, from: string, to: string, why: string): void => {
    out.referrers.push({ node, type, from, to });
    problems.push(locate(removed.get(node)!, undefined, why));
  };
  for (const r of refs.relationships) {
    const key = relKey(r.type, r.from, r.to);
    if (rels.has(key)) continue;
    const other = removed.has(r.from) ? r.to : r.from;
    const node = removed.has(r.from) ? r.from : r.to;
    if (removed.has(other) || req.cascade) add(r);
    else refuse(node, r.type, r.from, r.to, `'${node}' is referred to by ${r.from} -[${r.type}]-> ${r.to}; remove that first or cascade`);
  }
  for (const o of refs.operated) {
    if (!removed.has(o.id))
      refuse(
        o.organisation,
        "OPERATED_BY",
        o.id,
        o.organisation,
        `organisation '${o.organisation}' operates '${o.id}'; move or remove it first`,
      );
  }
  const supplied = refs.supplied.filter((s) => !removed.has(s.id));
  const systems: Map<string, ExistingNode> = req.cascade
    ? await readNodes(
        tx,
        supplied.map((s) => s.id),
      )
    : new Map();
  for (const s of supplied) {
    const n = systems.get(s.id);
    if (!n)
      refuse(
        s.supplier,
        "SUPPLIED_BY",
        s.id,
        s.supplier,
        `'${s.supplier}' is the supplier of system '${s.id}'; remove that first or cascade`,
      );
    else {
      const { supplier: _s, ...rest } = n.entry as { supplier?: string };
      out.cleared.push({ id: s.id, label: n.label, before: n.entry, after: rest as typeof n.entry });
    }
  }
  out.relationships = [...rels.values()];
  return out;
}
