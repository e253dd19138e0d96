import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import { referencedIds } from "../graph/facts.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { deleteNodes, deleteRelationships, deleteUnlisted, findNodes } from "../graph/stored-nodes.js";
import { writeNodes, writeRelationships } from "../graph/write-document.js";
import { GraphMoved } from "./graph-moved.js";
import { kindOf, removedEntries, type RelType } from "./change-set.js";
import type { Plan } from "./plan.js";

/**
 * Writes a checked plan in the caller's write transaction, which does no validation. Bumping
 * the graph version first takes the graph's write lock, so writers queue; if the graph moved
 * since the plan was made, GraphMoved sends the change back to be planned again. Every id is
 * resolved once before anything changes (see stored-nodes.ts); then the removals (relationships,
 * then nodes: an organisation's sync deletes what it no longer lists through the same step as a
 * whole-graph REPLACE), then the added and changed entries; one audit event records before and after.
 */
export async function applyPlan(
  tx: ManagedTransaction,
  plan: Plan,
  actor: Actor,
  source: string,
): Promise<{ version: number; seq: number }> {
  const version = await bumpGraphVersion(tx);
  if (version - 1 !== plan.version) throw new GraphMoved();
  const removed = removedEntries(plan.changes);
  const rels: Array<[RelType, Array<{ from: string; to: string }>]> = [
    ["DEPENDS_ON", removed.dependencies],
    ["ACCESSES", removed.accesses.map((a) => ({ from: a.system, to: a.dataStore }))],
    ["ADMINISTERS", removed.administers],
  ];
  const ids = new Set([
    ...referencedIds(plan.write).ids,
    ...removed.nodes,
    ...rels.flatMap(([, rows]) => rows.flatMap((r) => [r.from, r.to])),
  ]);
  const stored = await findNodes(tx, [...ids]);
  const eid = (id: string): string | undefined => stored.get(id)?.eid;

  for (const [type, rows] of rels) {
    const ends = rows.flatMap((r) => {
      const [a, b] = [eid(r.from), eid(r.to)];
      return a !== undefined && b !== undefined ? [{ a, b }] : [];
    });
    await deleteRelationships(tx, type, ends);
  }
  const gone = new Set(removed.nodes);
  if (plan.sync) {
    // The plan listed exactly what the organisation no longer holds, at this version.
    await deleteUnlisted(tx, new Set(plan.sync.listed), { kind: "organisation", id: plan.sync.organisation });
    for (const id of plan.sync.removed) gone.delete(id);
  }
  const eids = [...gone].map(eid).filter((e): e is string => e !== undefined);
  await deleteNodes(tx, eids);
  for (const id of removed.nodes) stored.delete(id);

  await writeNodes(tx, plan.write, stored);
  await writeRelationships(tx, plan.write, stored);

  const counts = countChanges(plan);
  const event = await appendEvent(tx, actor, {
    action: "graph.change",
    target: plan.changes.nodes.length === 1 && plan.changes.relationships.length === 0 ? plan.changes.nodes[0]!.id : null,
    summary: `${source}: ${describe(counts)}`,
    before: {
      graphVersion: version - 1,
      nodes: plan.changes.nodes.filter((n) => n.before !== null).map((n) => ({ id: n.id, label: n.label, entry: n.before })),
      relationships: plan.changes.relationships
        .filter((r) => r.before !== null)
        .map(({ type, from, to, before }) => ({ type, from, to, values: before })),
    },
    // The document and the removals are what history replays to rebuild the graph at any time.
    after: { graphVersion: version, mode: "CHANGE", ...counts, document: plan.write, removed },
  });
  return { version, seq: event.seq };
}

export interface ChangeCounts {
  nodesAdded: number;
  nodesChanged: number;
  nodesRemoved: number;
  relationshipsAdded: number;
  relationshipsChanged: number;
  relationshipsRemoved: number;
}

export function countChanges(plan: Pick<Plan, "changes">): ChangeCounts {
  const c: ChangeCounts = {
    nodesAdded: 0,
    nodesChanged: 0,
    nodesRemoved: 0,
    relationshipsAdded: 0,
    relationshipsChanged: 0,
    relationshipsRemoved: 0,
  };
  const cap = { added: "Added", changed: "Changed", removed: "Removed" } as const;
  for (const n of plan.changes.nodes) c[`nodes${cap[kindOf(n)]}`]++;
  for (const r of plan.changes.relationships) c[`relationships${cap[kindOf(r)]}`]++;
  return c;
}

function describe(c: ChangeCounts): string {
  return `nodes +${c.nodesAdded} ~${c.nodesChanged} -${c.nodesRemoved}, relationships +${c.relationshipsAdded} ~${c.relationshipsChanged} -${c.relationshipsRemoved}`;
}
