import type { BlastRadius, NodeRef, Severity } from "./api.js";

/** A Cytoscape element definition, kept as plain data so the mapping is testable without a DOM. */
export interface ElementDef {
  group: "nodes" | "edges";
  data: Record<string, string | number | boolean | null>;
  classes: string;
}

export interface Chosen {
  lost: readonly NodeRef[];
  compromised: readonly NodeRef[];
}

/**
 * What the view draws for a blast radius: the lost and compromised nodes, every care service
 * affected (coloured by consequence), the dependency paths that carry the harm, the exposed
 * stores, and affected nodes up to the limit. Ids are the graph's, so updates go by id.
 */
export function toElements(b: BlastRadius, chosen: Chosen): ElementDef[] {
  const nodes = new Map<string, ElementDef>();
  const put = (n: NodeRef, extra: Record<string, string | number | boolean | null>, classes: string[]) => {
    const prev = nodes.get(n.id);
    const data = { ...(prev?.data ?? { id: n.id, name: n.name, kind: n.label }), ...extra };
    const all = new Set([...(prev?.classes.split(" ").filter(Boolean) ?? []), ...classes]);
    nodes.set(n.id, { group: "nodes", data, classes: [...all].join(" ") });
  };
  for (const a of b.affected) put(a.node, { capability: a.capability, status: a.status, organisation: a.node.organisation ?? null }, [a.node.label, a.status.toLowerCase()]);
  for (const s of b.careServices) {
    put(s.service, { capability: s.capability, status: s.status, consequence: s.consequence, harm: s.harm }, ["CareService", s.status.toLowerCase(), consequenceClass(s.consequence)]);
    for (const p of s.path) put(p, {}, [p.label]);
  }
  for (const d of b.exposedDataStores) put(d, { exposed: true }, ["DataStore", "exposed"]);
  // The chosen nodes are always drawn, even past the limit of affected nodes.
  for (const n of chosen.lost) put(n, { lost: true }, [n.label, "lost"]);
  for (const n of chosen.compromised) put(n, { compromised: true }, [n.label, "compromised"]);

  const edges = new Map<string, ElementDef>();
  for (const s of b.careServices) {
    for (let k = 0; k + 1 < s.path.length; k++) {
      const from = s.path[k]!.id;
      const to = s.path[k + 1]!.id;
      const id = `${from}->${to}`;
      edges.set(id, { group: "edges", data: { id, source: from, target: to }, classes: "path" });
    }
  }
  const drawn = [...nodes.values(), ...edges.values()];
  return [...drawn, ...groupElements(b, drawn)];
}

export function consequenceClass(c: Severity | null): string {
  return c ? `consequence-${c.toLowerCase()}` : "consequence-none";
}

/** How many affected nodes the view leaves undrawn (counted in group nodes). */
export function undrawn(b: BlastRadius, elements: readonly ElementDef[]): number {
  return Math.max(0, b.affectedCount - elements.filter((e) => e.group === "nodes" && e.data.status).length);
}

export const groupId = (organisation: string | null, label: string): string => `group|${organisation ?? ""}|${label}`;

/**
 * Beyond the drawn nodes, one node per organisation and kind stands for the affected nodes not
 * drawn, with their count; tapping it draws them (expand on demand).
 */
export function groupElements(b: BlastRadius, drawn: readonly ElementDef[]): ElementDef[] {
  const drawnBy = new Map<string, number>();
  for (const e of drawn) {
    if (e.group !== "nodes" || !e.data.status) continue;
    const key = groupId((e.data.organisation as string | null | undefined) ?? null, String(e.data.kind));
    drawnBy.set(key, (drawnBy.get(key) ?? 0) + 1);
  }
  return b.affectedGroups.flatMap((g) => {
    const id = groupId(g.organisation, g.label);
    const rest = g.count - (drawnBy.get(id) ?? 0);
    if (rest <= 0) return [];
    const name = `${rest.toLocaleString("en-GB")} more ${g.label}${g.organisation ? ` · ${g.organisation}` : ""}`;
    return [{ group: "nodes" as const, data: { id, name, kind: g.label, count: rest, organisation: g.organisation, label: g.label }, classes: "group" }];
  });
}
