import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import { bumpGraphVersion } from "../graph/graph-version.js";
import { writeDocument } from "../graph/write-document.js";
import { kindOf, type RelType } from "./change-set.js";
import type { Plan } from "./plan.js";

const BATCH = 10_000;
const DELETE_RELS: Record<RelType, string> = {
  DEPENDS_ON: "UNWIND $rows AS row MATCH (:Node {id: row.from})-[r:DEPENDS_ON]->(:Node {id: row.to}) DELETE r",
  ACCESSES: "UNWIND $rows AS row MATCH (:Node {id: row.from})-[r:ACCESSES]->(:Node {id: row.to}) DELETE r",
  ADMINISTERS: "UNWIND $rows AS row MATCH (:Node {id: row.from})-[r:ADMINISTERS]->(:Node {id: row.to}) DELETE r",
};

/** What an audit event records of removals: enough for history to replay them. */
export interface RemovedRecord {
  nodes: string[];
  dependencies: Array<{ from: string; to: string }>;
  accesses: Array<{ system: string; dataStore: string }>;
  administers: Array<{ from: string; to: string }>;
}

/**
 * Writes a plan in the caller's transaction: removals first (relationships, then the nodes,
 * whose only relationships left are to their organisation), then the added and changed
 * entries; bumps the graph version and appends one audit event with before and after.
 */
export async function applyPlan(tx: ManagedTransaction, plan: Plan, actor: Actor, source: string): Promise<{ version: number; seq: number }> {
  const removed: RemovedRecord = { nodes: [], dependencies: [], accesses: [], administers: [] };
  for (const r of plan.changes.relationships) {
    if (r.after !== null) continue;
    if (r.type === "DEPENDS_ON") removed.dependencies.push({ from: r.from, to: r.to });
    else if (r.type === "ACCESSES") removed.accesses.push({ system: r.from, dataStore: r.to });
    else removed.administers.push({ from: r.from, to: r.to });
  }
  for (const n of plan.changes.nodes) if (n.after === null) removed.nodes.push(n.id);
  const pairs: Array<[RelType, Array<{ from: string; to: string }>]> = [
    ["DEPENDS_ON", removed.dependencies],
    ["ACCESSES", removed.accesses.map((a) => ({ from: a.system, to: a.dataStore }))],
    ["ADMINISTERS", removed.administers],
  ];
  for (const [type, rows] of pairs) await inBatches(rows, (batch) => tx.run(DELETE_RELS[type], { rows: batch }));
  await inBatches(removed.nodes, (batch) => tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) DETACH DELETE n", { ids: batch }));
  await writeDocument(tx, plan.write);
  const version = await bumpGraphVersion(tx);

  const counts = countChanges(plan);
  const event = await appendEvent(tx, actor, {
    action: "graph.change",
    target: plan.changes.nodes.length === 1 && plan.changes.relationships.length === 0 ? plan.changes.nodes[0]!.id : null,
    summary: `${source}: ${describe(counts)}`,
    before: {
      graphVersion: version - 1,
      nodes: plan.changes.nodes.filter((n) => n.before !== null).map((n) => ({ id: n.id, label: n.label, entry: n.before })),
      relationships: plan.changes.relationships.filter((r) => r.before !== null).map(({ type, from, to, before }) => ({ type, from, to, values: before })),
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
  const c: ChangeCounts = { nodesAdded: 0, nodesChanged: 0, nodesRemoved: 0, relationshipsAdded: 0, relationshipsChanged: 0, relationshipsRemoved: 0 };
  const cap = { added: "Added", changed: "Changed", removed: "Removed" } as const;
  for (const n of plan.changes.nodes) c[`nodes${cap[kindOf(n)]}`]++;
  for (const r of plan.changes.relationships) c[`relationships${cap[kindOf(r)]}`]++;
  return c;
}

function describe(c: ChangeCounts): string {
  return `nodes +${c.nodesAdded} ~${c.nodesChanged} -${c.nodesRemoved}, relationships +${c.relationshipsAdded} ~${c.relationshipsChanged} -${c.relationshipsRemoved}`;
}

async function inBatches<T>(rows: readonly T[], run: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}
