import type { InterchangeDocument } from "../model/document.js";

/**
 * The graph rebuilt from its recorded imports, applied with the same meaning as the writes:
 * REPLACE starts afresh; MERGE replaces a node's properties by id, a dependency's by its ends,
 * and adds accesses and administration.
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
