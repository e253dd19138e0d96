import type { InterchangeDocument } from "../model/document.js";

export interface RemovedEntries {
  nodes: string[];
  dependencies: Array<{ from: string; to: string }>;
  accesses: Array<{ system: string; dataStore: string }>;
  administers: Array<{ from: string; to: string }>;
}

/**
 * The graph rebuilt from its recorded imports, applied with the same meaning as the writes:
 * REPLACE starts afresh; MERGE replaces a node's properties by id, a dependency's by its ends,
 * and adds accesses and administration; a CHANGE (an edit or a file import) removes what it
 * removed, then merges what it wrote.
 */
export class GraphReplay {
  private readonly nodes = {
    organisations: new Map<string, InterchangeDocument["organisations"][number]>(),
    careServices: new Map<string, InterchangeDocument["careServices"][number]>(),
    systems: new Map<string, InterchangeDocument["systems"][number]>(),
    dataStores: new Map<string, InterchangeDocument["dataStores"][number]>(),
    suppliers: new Map<string, InterchangeDocument["suppliers"][number]>(),
  };
  private readonly dependencies = new Map<string, InterchangeDocument["dependencies"][number]>();
  private readonly accesses = new Map<string, InterchangeDocument["accesses"][number]>();
  private readonly administers = new Map<string, InterchangeDocument["administers"][number]>();

  apply(doc: InterchangeDocument, mode: "MERGE" | "REPLACE"): void {
    if (mode === "REPLACE") this.clear();
    for (const key of Object.keys(this.nodes) as Array<keyof GraphReplay["nodes"]>) {
      // An id names one node across every label: a later entry under another label replaces it.
      for (const entry of doc[key]) {
        for (const other of Object.values(this.nodes)) other.delete(entry.id);
        (this.nodes[key] as Map<string, unknown>).set(entry.id, entry);
      }
    }
    for (const d of doc.dependencies) this.dependencies.set(`${d.from}\u0000${d.to}`, d);
    for (const a of doc.accesses) this.accesses.set(`${a.system}\u0000${a.dataStore}`, a);
    for (const a of doc.administers) this.administers.set(`${a.from}\u0000${a.to}`, a);
  }

  /** Removes what a recorded change removed (its relationships are listed with it). */
  remove(r: RemovedEntries): void {
    for (const id of r.nodes) for (const m of Object.values(this.nodes)) m.delete(id);
    for (const d of r.dependencies) this.dependencies.delete(`${d.from}\u0000${d.to}`);
    for (const a of r.accesses) this.accesses.delete(`${a.system}\u0000${a.dataStore}`);
    for (const a of r.administers) this.administers.delete(`${a.from}\u0000${a.to}`);
  }

  clear(): void {
    for (const m of Object.values(this.nodes)) m.clear();
    this.dependencies.clear();
    this.accesses.clear();
    this.administers.clear();
  }

  document(): InterchangeDocument {
    const sorted = <T>(m: Map<string, T>): T[] => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
    return {
      organisations: sorted(this.nodes.organisations),
      careServices: sorted(this.nodes.careServices),
      systems: sorted(this.nodes.systems),
      dataStores: sorted(this.nodes.dataStores),
      suppliers: sorted(this.nodes.suppliers),
      dependencies: sorted(this.dependencies),
      accesses: sorted(this.accesses),
      administers: sorted(this.administers),
    };
  }
}

type NodeList = "organisations" | "careServices" | "systems" | "dataStores" | "suppliers";
const NODE_LISTS: readonly NodeList[] = ["organisations", "careServices", "systems", "dataStores", "suppliers"];
type EdgeList = "dependencies" | "accesses" | "administers";
const EDGE_KEYS: { readonly [L in EdgeList]: (e: InterchangeDocument[L][number]) => string } = {
  dependencies: (d) => `${d.from}\u0000${d.to}`,
  accesses: (a) => `${a.system}\u0000${a.dataStore}`,
  administers: (a) => `${a.from}\u0000${a.to}`,
};

/**
 * `base` with changes replayed over it, each's removals then its writes merged, as GraphReplay
 * would give them but without copying the base: only the changes' own entries are kept in maps.
 * What the changes do not touch stays in the base's order; what they write comes after it.
 */
export function replayOver(
  base: InterchangeDocument,
  changes: ReadonlyArray<{ removed: RemovedEntries; write: InterchangeDocument }>,
): InterchangeDocument {
  // Entries of the base dropped (removed, or replaced by a write), and the writes that stand, by key.
  const dropped = new Set<string>();
  const nodes = new Map<string, [NodeList, unknown]>();
  const edges = { dependencies: new Map<string, unknown>(), accesses: new Map<string, unknown>(), administers: new Map<string, unknown>() };
  const node = (id: string) => `n\u0000${id}`;
  for (const c of changes) {
    for (const id of c.removed.nodes) {
      dropped.add(node(id));
      nodes.delete(id);
    }
    for (const list of ["dependencies", "accesses", "administers"] as const)
      for (const e of c.removed[list] as Array<InterchangeDocument[typeof list][number]>) {
        const key = (EDGE_KEYS[list] as (x: typeof e) => string)(e);
        dropped.add(`${list}\u0000${key}`);
        edges[list].delete(key);
      }
    // An id names one node across every label: a later entry under another label replaces it.
    for (const list of NODE_LISTS)
      for (const e of c.write[list]) {
        dropped.add(node(e.id));
        nodes.delete(e.id);
        nodes.set(e.id, [list, e]);
      }
    for (const list of ["dependencies", "accesses", "administers"] as const)
      for (const e of c.write[list] as Array<InterchangeDocument[typeof list][number]>) {
        const key = (EDGE_KEYS[list] as (x: typeof e) => string)(e);
        dropped.add(`${list}\u0000${key}`);
        edges[list].set(key, e);
      }
  }
  const out = {} as InterchangeDocument;
  for (const list of NODE_LISTS) (out[list] as unknown[]) = base[list].filter((e) => !dropped.has(node(e.id)));
  for (const [list, e] of nodes.values()) (out[list] as unknown[]).push(e);
  for (const list of ["dependencies", "accesses", "administers"] as const) {
    const key = EDGE_KEYS[list] as (x: InterchangeDocument[typeof list][number]) => string;
    (out[list] as unknown[]) = (base[list] as Array<InterchangeDocument[typeof list][number]>).filter(
      (e) => !dropped.has(`${list}\u0000${key(e)}`),
    );
    (out[list] as unknown[]).push(...edges[list].values());
  }
  return out;
}
