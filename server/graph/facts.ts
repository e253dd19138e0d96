import type { ManagedTransaction } from "neo4j-driver";
import type { GraphFacts, GroupSpec } from "../model/document-rules.js";
import { NODE_LABELS, type NodeLabel } from "../model/enums.js";

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);

/** The raw lists a document references, before it is fully parsed. */
export interface ReferencedIds {
  ids: string[];
  groups: Array<{ from: string; group: string; to: string }>;
}

/** Facts as plain data, to hand to the thread that validates a large document. */
export interface FactsData {
  labels: Array<[string, NodeLabel]>;
  groups: Array<[string, GroupSpec]>;
}

export const NO_FACTS_DATA: FactsData = { labels: [], groups: [] };

/** Looks up, in one read, the labels and groups the graph already holds for a document's references. */
export async function loadFacts(tx: ManagedTransaction, refs: ReferencedIds): Promise<GraphFacts> {
  return factsFrom(await loadFactsData(tx, refs));
}

export function factsFrom(data: FactsData): GraphFacts {
  const labels = new Map(data.labels);
  const groups = new Map(data.groups);
  return {
    labelOf: (id) => labels.get(id),
    groupOf: (from, group) => groups.get(`${from}\u0000${group}`),
  };
}

export async function loadFactsData(tx: ManagedTransaction, refs: ReferencedIds): Promise<FactsData> {
  const labels = new Map<string, NodeLabel>();
  const found = await tx.run("UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, labels(n) AS labels", {
    ids: refs.ids,
  });
  for (const r of found.records) {
    const label = (r.get("labels") as string[]).find((l) => LABELS.has(l));
    if (label) labels.set(r.get("id") as string, label as NodeLabel);
  }
  const groups = new Map<string, GroupSpec>();
  // The document's own edges replace those in the graph, so they do not count against it.
  const existing = await tx.run(
    `UNWIND $groups AS g
     MATCH (a:Node {id: g.from})-[r:DEPENDS_ON]->(b) WHERE r.group = g.group AND b.id <> g.to
     RETURN DISTINCT g.from AS from, g.group AS group, r.effect AS effect, r.capacity AS capacity`,
    { groups: refs.groups },
  );
  for (const r of existing.records) {
    groups.set(`${r.get("from")}\u0000${r.get("group")}`, {
      effect: r.get("effect") === "DEGRADES" ? "DEGRADES" : "FAILS",
      capacity: (r.get("capacity") as number | null) ?? undefined,
    });
  }
  return { labels: [...labels], groups: [...groups] };
}

/** Every id and group a raw document mentions, read defensively: it has not been validated yet. */
export function referencedIds(raw: unknown): ReferencedIds {
  const ids = new Set<string>();
  const groups: ReferencedIds["groups"] = [];
  const doc = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const fields = ["id", "organisation", "supplier", "from", "to", "system", "dataStore"];
  for (const list of Object.values(doc)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      if (typeof entry !== "object" || entry === null) continue;
      const e = entry as Record<string, unknown>;
      for (const f of fields) if (typeof e[f] === "string") ids.add(e[f] as string);
      if (typeof e.group === "string" && typeof e.from === "string" && typeof e.to === "string") {
        groups.push({ from: e.from, group: e.group, to: e.to });
      }
    }
  }
  return { ids: [...ids], groups };
}
