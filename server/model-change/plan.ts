import type { ManagedTransaction } from "neo4j-driver";
import { badInput } from "../base/errors.js";
import { loadFactsData, NO_FACTS_DATA } from "../graph/facts.js";
import { readGraphVersion } from "../graph/graph-version.js";
import { NODE_LISTS } from "../model/document-rules.js";
import { emptyDocument, type InterchangeDocument } from "../model/document.js";
import type { Problem } from "../model/problems.js";
import { untold } from "../model/validate.js";
import { validateOffThread } from "./validate-off-thread.js";
import { dependencyValues, endsOf, relKey, stableJson, type ChangeSet, type NodeDelta, type RelDelta, type RelType } from "./change-set.js";
import { planRemovals, relValues, type RemovalPlan } from "./plan-removals.js";
import { readNodes, readRelationships } from "./store.js";
import { locate, relocate, type ChangeRequest, type ListKey } from "./request.js";
import { checkRemovedFromGroups, loneRemovals, removedEdges, withoutRemoved } from "./removed-groups.js";
import { applySyncScope, type SyncScope } from "./sync-scope.js";

export interface Plan {
  changes: ChangeSet;
  /** The added and changed entries, as a valid document to write. */
  write: InterchangeDocument;
  /** The graph version the plan was made against. */
  version: number;
  /** For an organisation's sync: what it keeps and removes of that organisation's nodes. */
  sync: SyncScope | null;
}

const REL_LISTS: ReadonlyArray<[ListKey, RelType]> = [
  ["dependencies", "DEPENDS_ON"],
  ["accesses", "ACCESSES"],
  ["administers", "ADMINISTERS"],
];

/**
 * Works out, inside the caller's read transaction and without writing, exactly what a request
 * would change: checked by the document rules (in a thread of their own for a large request)
 * against the graph as it would stand after the removals, each entry compared with what the
 * graph holds. Refuses (BAD_USER_INPUT with every problem at its origin) when any part of the
 * request is wrong. The plan names the graph version it was made at: its write goes ahead only
 * if the graph is still at that version.
 */
export async function planChange(tx: ManagedTransaction, asked: ChangeRequest): Promise<Plan> {
  // A transaction may be retried: the sync adds its removals to a copy, never to the request.
  const req: ChangeRequest = { ...asked, removeNodes: [...asked.removeNodes], removeRelationships: [...asked.removeRelationships] };
  const problems: Problem[] = [...req.problems];
  const version = await readGraphVersion(tx);
  const sync = req.sync ? await applySyncScope(tx, req, req.sync, problems) : null;
  const removals = await planRemovals(tx, req, problems);
  const gone = new Set(removals.nodes.map((n) => n.id));
  const cut = removedEdges(removals.relationships);

  const lone = loneRemovals(req, cut, gone);

  // The graph's facts are read once: what the entries written refer to, and the groups of the
  // lone deletions' sources, together.
  let facts = NO_FACTS_DATA;
  const checked = await validateOffThread(req.upserts, async (refs) => {
    facts = await loadFactsData(tx, { ids: refs.ids, dependents: [...new Set([...refs.dependents, ...lone.map((r) => r.from)])] });
    const asked = new Set(refs.dependents);
    const found = withoutRemoved({ ...facts, groups: facts.groups.filter(([from]) => asked.has(from)) }, cut);
    // What the request removes is not there for the entries it writes to refer to.
    return { ...found, labels: found.labels.filter(([id]) => !gone.has(id)) };
  });
  checkRemovedFromGroups(req, lone, facts, problems);
  if (!checked.ok) {
    problems.push(...checked.problems.map((p) => relocate(req, p)));
    const rest = untold(checked);
    if (rest) problems.push({ path: "$", message: rest });
  }

  const changes: ChangeSet = { nodes: [], relationships: [] };
  if (checked.ok) {
    await planNodes(tx, req, checked.document, gone, changes, problems);
    await planRelationships(tx, req, checked.document, removals, changes, problems);
  }
  const upserted = new Set(changes.nodes.map((n) => n.id));
  changes.nodes.push(...removals.nodes, ...removals.cleared.filter((c) => !upserted.has(c.id)));
  changes.relationships.push(...removals.relationships);
  if (problems.length) {
    const err = badInput(`The change was refused: ${problems.length} problem(s); nothing was written.`, problems);
    if (removals.referrers.length) err.extensions.referrers = removals.referrers;
    throw err;
  }
  return { changes, write: toWrite(changes), version, sync };
}

async function planNodes(
  tx: ManagedTransaction,
  req: ChangeRequest,
  doc: InterchangeDocument,
  gone: Set<string>,
  changes: ChangeSet,
  problems: Problem[],
): Promise<void> {
  const ids = NODE_LISTS.flatMap(([list]) => (doc[list] as Array<{ id: string }>).map((e) => e.id));
  const existing = await readNodes(tx, ids);
  for (const [list, label] of NODE_LISTS) {
    (doc[list] as NodeDelta["after"][]).forEach((entry, i) => {
      const origin = req.origins.get(`${list}[${i}]`) ?? { path: `$.${list}[${i}]`, expect: "UPSERT" as const };
      const id = entry!.id;
      const before = existing.get(id);
      if (gone.has(id)) problems.push(locate(origin, "id", `'${id}' cannot be both removed and written`));
      else if (origin.expect === "CREATE" && before) problems.push(locate(origin, "id", `'${id}' already exists (a ${before.label})`));
      else if (origin.expect === "UPDATE" && !before) problems.push(locate(origin, "id", `no node has id '${id}'`));
      else if (!before || stableJson(before.entry) !== stableJson(entry))
        changes.nodes.push({ id, label, before: before?.entry ?? null, after: entry });
    });
  }
}

async function planRelationships(
  tx: ManagedTransaction,
  req: ChangeRequest,
  doc: InterchangeDocument,
  removals: RemovalPlan,
  changes: ChangeSet,
  problems: Problem[],
): Promise<void> {
  const removed = new Set(removals.relationships.map((r) => relKey(r.type, r.from, r.to)));
  for (const [list, type] of REL_LISTS) {
    const entries = doc[list] as Parameters<typeof endsOf>[1][];
    const pairs = entries.map((e) => endsOf(type, e));
    const found = new Map((await readRelationships(tx, type, pairs)).map((r) => [relKey(type, r.from, r.to), r]));
    entries.forEach((e, i) => {
      const origin = req.origins.get(`${list}[${i}]`) ?? { path: `$.${list}[${i}]`, expect: "UPSERT" as const };
      const { from, to } = pairs[i]!;
      const key = relKey(type, from, to);
      const before = found.get(key);
      const after = type === "DEPENDS_ON" ? dependencyValues(e as InterchangeDocument["dependencies"][number]) : {};
      if (removed.has(key)) problems.push(locate(origin, undefined, `${from} -[${type}]-> ${to} cannot be both removed and written`));
      else if (origin.expect === "CREATE" && before) problems.push(locate(origin, undefined, `${from} -[${type}]-> ${to} already exists`));
      else if (origin.expect === "UPDATE" && !before)
        problems.push(locate(origin, undefined, `there is no ${type} relationship ${from} -> ${to}`));
      else if (!before || stableJson(relValues(before)) !== stableJson(after)) {
        changes.relationships.push({ type, from, to, before: before ? relValues(before) : null, after } satisfies RelDelta);
      }
    });
  }
}

/** The added and changed entries of a change set, as a document writeDocument takes. */
function toWrite(changes: ChangeSet): InterchangeDocument {
  const doc = emptyDocument();
  const listOf = new Map(NODE_LISTS.map(([list, label]) => [label, list]));
  for (const n of changes.nodes) if (n.after) (doc[listOf.get(n.label)!] as unknown[]).push(n.after);
  for (const r of changes.relationships) {
    if (!r.after) continue;
    if (r.type === "DEPENDS_ON")
      doc.dependencies.push({ from: r.from, to: r.to, ...(r.after as Omit<InterchangeDocument["dependencies"][number], "from" | "to">) });
    else if (r.type === "ACCESSES") doc.accesses.push({ system: r.from, dataStore: r.to });
    else doc.administers.push({ from: r.from, to: r.to });
  }
  return doc;
}
