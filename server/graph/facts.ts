import type { ManagedTransaction } from "neo4j-driver";
import type { GraphFacts } from "../model/document-rules.js";
import type { GroupMember } from "../model/group-rules.js";
import { NODE_LABELS, type NodeLabel } from "../model/enums.js";

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

/** The raw lists a document references, before it is fully parsed. */
export interface ReferencedIds {
  ids: string[];
  /** Sources of dependencies: their groups in the graph may change. */
  dependents: string[];
}

/** Facts as plain data, to hand to the thread that validates a large document. */
export interface FactsData {
  labels: Array<[string, NodeLabel]>;
  /** For each dependency source, its grouped edges in the graph by group. */
  groups: Array<[string, Array<[string, GroupMember[]]>]>;
}

export const NO_FACTS_DATA: FactsData = { labels: [], groups: [] };

export function factsFrom(data: FactsData): GraphFacts {
  const labels = new Map(data.labels);
  const groups = new Map(data.groups.map(([from, byGroup]) => [from, new Map(byGroup)]));
  const none = new Map<string, GroupMember[]>();
  return {
    labelOf: (id) => labels.get(id),
    groupsOf: (from) => groups.get(from) ?? none,
  };
}

/** Looks up the labels and groups the graph already holds for a document's references (within one read transaction). */
export async function loadFactsData(tx: ManagedTransaction, refs: ReferencedIds): Promise<FactsData> {
  const labels: Array<[string, NodeLabel]> = [];
  const found = await tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, labels(n) AS labels", {
    ids: refs.ids,
  });
  for (const r of found.records) {
    const label = (r.get("labels") as string[]).find((l) => LABELS.has(l));
    if (label) labels.push([r.get("id") as string, label as NodeLabel]);
  }
  const groups = new Map<string, Map<string, GroupMember[]>>();
  const grouped = await tx.run(
    `UNWIND $from AS from
     MATCH (a:Node {id: from})-[r:DEPENDS_ON]->(b) WHERE r.group IS NOT NULL
     RETURN from, r.group AS group, b.id AS to, r.share AS share, r.effect AS effect, r.capacity AS capacity`,
    { from: refs.dependents },
  );
  for (const r of grouped.records) {
    const from = r.get("from") as string;
    const group = r.get("group") as string;
    let byGroup = groups.get(from);
    if (!byGroup) groups.set(from, (byGroup = new Map()));
    const member: GroupMember = {
      to: r.get("to") as string,
      share: (r.get("share") as number | null) ?? 1,
      effect: r.get("effect") === "DEGRADES" ? "DEGRADES" : "FAILS",
      capacity: (r.get("capacity") as number | null) ?? undefined,
    };
    const list = byGroup.get(group);
    if (list) list.push(member);
    else byGroup.set(group, [member]);
  }
  return { labels, groups: [...groups].map(([from, byGroup]) => [from, [...byGroup]]) };
}

/** Every id a raw document mentions, and the sources of its dependencies, read defensively: it has not been validated yet. */
export function referencedIds(raw: unknown): ReferencedIds {
  const ids = new Set<string>();
  const dependents = new Set<string>();
  const doc = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const fields = ["id", "organisation", "supplier", "from", "to", "system", "dataStore"];
  for (const [key, list] of Object.entries(doc)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      if (typeof entry !== "object" || entry === null) continue;
      const e = entry as Record<string, unknown>;
      for (const f of fields) if (typeof e[f] === "string") ids.add(e[f] as string);
      if (key === "dependencies" && typeof e.from === "string") dependents.add(e.from);
    }
  }
  return { ids: [...ids], dependents: [...dependents] };
}
