import type { AccessDoc, AdministersDoc, DependencyDoc, InterchangeDocument } from "../model/document.js";
import type { NodeLabel } from "../model/enums.js";
import type { RemovedEntries } from "../history/replay.js";

/** A node entry of the interchange document, any label. */
export type NodeEntry = InterchangeDocument["organisations" | "careServices" | "systems" | "dataStores" | "suppliers"][number];

export type RelType = "DEPENDS_ON" | "ACCESSES" | "ADMINISTERS";

/** One node added (before null), changed, or removed (after null). */
export interface NodeDelta {
  id: string;
  label: NodeLabel;
  before: NodeEntry | null;
  after: NodeEntry | null;
}

/** One relationship added, changed or removed; a dependency's values are its effect, capacity, group and share. */
export interface RelDelta {
  type: RelType;
  from: string;
  to: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChangeSet {
  nodes: NodeDelta[];
  relationships: RelDelta[];
}

export const relKey = (type: RelType, from: string, to: string): string => `${type}\u0000${from}\u0000${to}`;

export const kindOf = (d: { before: unknown; after: unknown }): "added" | "changed" | "removed" =>
  d.before === null ? "added" : d.after === null ? "removed" : "changed";

/** The dependency's values without its ends, as the change set shows them. */
export function dependencyValues(d: DependencyDoc): Record<string, unknown> {
  const { from: _f, to: _t, ...values } = d;
  return values;
}

/** Ends of a relationship entry of a document, by type. */
export function endsOf(type: RelType, e: DependencyDoc | AccessDoc | AdministersDoc): { from: string; to: string } {
  if (type === "ACCESSES") return { from: (e as AccessDoc).system, to: (e as AccessDoc).dataStore };
  return { from: (e as AdministersDoc).from, to: (e as AdministersDoc).to };
}

/** JSON with keys sorted: two entries are the same change when these match. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/** What a change set removes, as the audit trail records it: enough for history to replay it. */
export function removedEntries(changes: ChangeSet): RemovedEntries {
  const removed: RemovedEntries = { nodes: [], dependencies: [], accesses: [], administers: [] };
  for (const r of changes.relationships) {
    if (r.after !== null) continue;
    if (r.type === "DEPENDS_ON") removed.dependencies.push({ from: r.from, to: r.to });
    else if (r.type === "ACCESSES") removed.accesses.push({ system: r.from, dataStore: r.to });
    else removed.administers.push({ from: r.from, to: r.to });
  }
  for (const n of changes.nodes) if (n.after === null) removed.nodes.push(n.id);
  return removed;
}

/** The change set as the API resolves it. */
export type ChangeSetModel = ChangeSet;
