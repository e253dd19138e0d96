import { AFFECTED_LIMIT, DRAWN_SERVICE_LIMIT, type AffectedNode, type BlastRadius, type NodeRef, type Severity } from "./api.js";
import { regionKey, type GroupsToDraw } from "./grouping.js";
import { kindWords } from "../../lib/node-ref.js";

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
 * What the view draws for a blast radius: the lost and compromised nodes, the care services
 * listed (coloured by consequence; past AFFECTED_LIMIT, the DRAWN_SERVICE_LIMIT most harmed), the dependency paths that carry the harm, the exposed
 * stores, every affected node while there are no more than AFFECTED_LIMIT (and those of groups
 * opened), and groups standing for the rest. Ids are the
 * graph's, so updates go by id. Nodes known to be affected carry `affected` and their organisation.
 */
export function toElements(b: BlastRadius, chosen: Chosen, groups: GroupsToDraw, opened: readonly AffectedNode[] = []): ElementDef[] {
  const nodes = new Map<string, ElementDef>();
  const put = (n: NodeRef, extra: Record<string, string | number | boolean | null>, classes: string[]) => {
    const prev = nodes.get(n.id);
    const data = { ...(prev?.data ?? { id: n.id, name: n.name, kind: n.label }), ...extra };
    if (n.organisation !== undefined) data.organisation = n.organisation;
    if (n.organisationName) data.organisationName = n.organisationName;
    const all = new Set([...(prev?.classes.split(" ").filter(Boolean) ?? []), ...classes]);
    nodes.set(n.id, { group: "nodes", data, classes: [...all].join(" ") });
  };
  // Past the limit the API's first affected nodes are an arbitrary few: the services, their
  // evidence and the groups say more, and draw faster. Expanded group members always count.
  const large = b.affectedCount > AFFECTED_LIMIT;
  const affected = large ? opened : [...b.affected, ...opened];
  const services = large ? b.careServices.slice(0, DRAWN_SERVICE_LIMIT) : b.careServices;
  for (const a of affected)
    put(a.node, { capability: a.capability, status: a.status, affected: true }, [a.node.label, a.status.toLowerCase()]);
  for (const s of services) {
    put(s.service, { capability: s.capability, status: s.status, consequence: s.consequence, harm: s.harm, affected: true }, [
      "CareService",
      s.status.toLowerCase(),
      consequenceClass(s.consequence),
    ]);
    for (const e of s.evidence)
      put(e.node, { capability: e.capability, status: e.status, affected: true }, [e.node.label, e.status.toLowerCase()]);
  }
  for (const d of b.exposedDataStores) put(d, { exposed: true }, ["DataStore", "exposed"]);
  // A compromise draws its exposure paths: what the attacker administers on the way, then the store.
  for (const x of b.exposurePaths ?? []) {
    x.path.forEach((n, k) =>
      k === x.path.length - 1
        ? put(n, { exposed: true, harm: x.harm }, [n.label, "exposed"])
        : put(n, { controlled: true }, [n.label, "controlled"]),
    );
  }
  (b.exposurePaths ?? []).slice(0, KEY_STORES).forEach((x) => put(x.store, {}, ["key"]));
  // The most harmed services are labelled at the first zoom; the rest on zoom or hover.
  services.slice(0, KEY_SERVICES).forEach((s) => put(s.service, {}, ["key"]));
  // The chosen nodes are always drawn, even past the limit of affected nodes.
  for (const n of chosen.lost) put(n, { lost: true, affected: true }, [n.label, "lost", "key"]);
  for (const n of chosen.compromised) put(n, { compromised: true }, [n.label, "compromised", "key"]);

  const edges = new Map<string, ElementDef>();
  for (const s of services) {
    for (let k = 0; k + 1 < s.evidence.length; k++) {
      const from = s.evidence[k]!.node.id;
      const to = s.evidence[k + 1]!.node.id;
      const id = `${from}->${to}`;
      edges.set(id, { group: "edges", data: { id, source: from, target: to }, classes: "path" });
    }
  }
  for (const x of b.exposurePaths ?? []) {
    for (let k = 0; k + 1 < x.path.length; k++) {
      const from = x.path[k]!.id;
      const to = x.path[k + 1]!.id;
      const id = `x:${from}->${to}`;
      const access = x.viaAccess && k === x.path.length - 2;
      edges.set(id, { group: "edges", data: { id, source: from, target: to }, classes: access ? "accesses" : "administers" });
    }
  }
  const parents = organisationBoxes(nodes);
  const drawn = [...parents, ...nodes.values(), ...edges.values()];
  return [...drawn, ...groupElements(groups, drawn)];
}

/** How many of the most harmed services are labelled before zooming in. */
export const KEY_SERVICES = 12;
/** How many of the largest exposed stores are labelled before zooming in. */
export const KEY_STORES = 5;

export const organisationBoxId = (organisation: string): string => `org|${organisation}`;

/**
 * One compound node per organisation with two or more drawn nodes, named, around them; its
 * members point to it. A lone node (a GP practice's one service) is not boxed: its label names
 * its organisation instead, so a row of practices stays a row, not a row of boxes.
 */
function organisationBoxes(nodes: Map<string, ElementDef>): ElementDef[] {
  const members = new Map<string, ElementDef[]>();
  for (const n of nodes.values()) {
    const org = n.data.organisation;
    if (typeof org === "string" && org) members.set(org, [...(members.get(org) ?? []), n]);
  }
  const boxes: ElementDef[] = [];
  for (const [org, list] of members) {
    const name = String(list[0]!.data.organisationName ?? org);
    if (list.length < 2) {
      list[0]!.data.name = `${String(list[0]!.data.name)}\n(${name})`;
      continue;
    }
    const id = organisationBoxId(org);
    for (const n of list) n.data.parent = id;
    boxes.push({ group: "nodes", data: { id, name, organisation: org }, classes: "org" });
  }
  return boxes;
}

export function consequenceClass(c: Severity | null): string {
  return c ? `consequence-${c.toLowerCase()}` : "consequence-none";
}

/** How many affected nodes the view leaves undrawn (counted in group nodes). */
export function undrawn(b: BlastRadius, elements: readonly ElementDef[]): number {
  return Math.max(0, b.affectedCount - elements.filter((e) => e.group === "nodes" && e.data.affected).length);
}

export const groupId = (organisation: string | null, label: string): string => `group|${organisation ?? ""}|${label}`;

/** The kind in words, as the rest of the pages name it: "1 more system", "15 more care services". */
const plural = (label: string, n: number): string => {
  const word = kindWords(label);
  return n === 1 ? word : `${word}s`;
};

/**
 * One node per organisation and kind stands for its affected nodes not drawn, with their
 * count; one per region and kind for a region not yet opened. Tapping one draws its members
 * or opens the region (expand on demand).
 */
export function groupElements(groups: GroupsToDraw, drawn: readonly ElementDef[]): ElementDef[] {
  const drawnBy = new Map<string, number>();
  for (const e of drawn) {
    if (e.group !== "nodes" || !e.data.affected) continue;
    const key = groupId((e.data.organisation as string | null | undefined) ?? null, String(e.data.kind));
    drawnBy.set(key, (drawnBy.get(key) ?? 0) + 1);
  }
  const byOrganisation = groups.organisations.flatMap((g) => {
    const id = groupId(g.organisation, g.label);
    const rest = g.count - (drawnBy.get(id) ?? 0);
    if (rest <= 0) return [];
    const name = `${rest.toLocaleString("en-GB")} more ${plural(g.label, rest)}${g.organisation ? ` · ${g.organisationName ?? g.organisation}` : ""}`;
    return [
      {
        group: "nodes" as const,
        data: { id, name, kind: g.label, count: rest, organisation: g.organisation, region: g.region, label: g.label },
        classes: "group",
      },
    ];
  });
  const byRegion = groups.regions.map((g) => {
    const where = g.region ?? "no region";
    const name = `${g.count.toLocaleString("en-GB")} affected ${plural(g.label, g.count)} · ${where}${g.further ? " (further organisations)" : ""}`;
    return {
      group: "nodes" as const,
      data: { id: regionKey(g.region, g.label), name, kind: g.label, count: g.count, region: g.region, label: g.label },
      classes: "group region",
    };
  });
  return [...byOrganisation, ...byRegion];
}
