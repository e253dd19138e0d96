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
