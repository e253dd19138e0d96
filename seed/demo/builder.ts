import type {
  AccessDoc,
  AdministersDoc,
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  InterchangeDocument,
  OrganisationDoc,
  SupplierDoc,
  SystemDoc,
} from "../../server/model/document.js";

/** One member of a redundancy group: the provider and, where it carries less than all, its share. */
export type Alternative = readonly [provider: string, share?: number];

/**
 * Collects the demo graph in insertion order, so the written document is byte-identical from
 * run to run. It refuses duplicate ids, duplicate (from, to) dependencies and self-dependencies
 * as they are made; references are resolved afterwards by check.ts, because the builder lets a
 * file point at nodes another file adds later.
 */
export class DemoBuilder {
  private readonly ids = new Set<string>();
  private readonly edges = new Set<string>();
  private readonly organisations: OrganisationDoc[] = [];
  private readonly careServices: CareServiceDoc[] = [];
  private readonly systems: SystemDoc[] = [];
  private readonly dataStores: DataStoreDoc[] = [];
  private readonly suppliers: SupplierDoc[] = [];
  private readonly dependencies: DependencyDoc[] = [];
  private readonly accesses: AccessDoc[] = [];
  private readonly administers: AdministersDoc[] = [];
  private readonly pairs = new Map<string, Set<string>>();

  has(id: string): boolean {
    return this.ids.has(id);
  }

  org(doc: OrganisationDoc): string {
    return this.add(this.organisations, doc);
  }
  service(doc: CareServiceDoc): string {
    return this.add(this.careServices, doc);
  }
  system(doc: SystemDoc): string {
    return this.add(this.systems, doc);
  }
  store(doc: DataStoreDoc): string {
    return this.add(this.dataStores, doc);
  }
  supplier(doc: SupplierDoc): string {
    return this.add(this.suppliers, doc);
  }

  /** `from` stops without each of `to`. */
  fails(from: string, ...to: string[]): void {
    for (const t of to) this.edge({ from, to: t, effect: "FAILS" });
  }

  /** `from` keeps `capacity` of its normal function without `to`. */
  degrades(from: string, to: string, capacity: number): void {
    this.edge({ from, to, effect: "DEGRADES", capacity });
  }

  /**
   * A redundancy group: `from` needs one of the alternatives. Every member gets the same
   * effect and capacity, so the group is consistent by construction.
   */
  group(from: string, group: string, alternatives: readonly Alternative[], capacity?: number): void {
    for (const [to, share] of alternatives) {
      const dep: DependencyDoc =
        capacity === undefined ? { from, to, effect: "FAILS", group } : { from, to, effect: "DEGRADES", capacity, group };
      if (share !== undefined && share !== 1) dep.share = share;
      this.edge(dep);
    }
  }

  access(system: string, ...dataStores: string[]): void {
    for (const dataStore of dataStores) this.pair("access", system, dataStore, () => this.accesses.push({ system, dataStore }));
  }

  admin(from: string, ...to: string[]): void {
    for (const t of to) this.pair("admin", from, t, () => this.administers.push({ from, to: t }));
  }

  document(): InterchangeDocument {
    return {
      organisations: this.organisations,
      careServices: this.careServices,
      systems: this.systems,
      dataStores: this.dataStores,
      suppliers: this.suppliers,
      dependencies: this.dependencies,
      accesses: this.accesses,
      administers: this.administers,
    };
  }

  private add<T extends { id: string }>(list: T[], doc: T): string {
    if (this.ids.has(doc.id)) throw new Error(`duplicate id ${doc.id}`);
    this.ids.add(doc.id);
    list.push(doc);
    return doc.id;
  }

  private edge(dep: DependencyDoc): void {
    if (dep.from === dep.to) throw new Error(`${dep.from} depends on itself`);
    const key = `${dep.from}\u0000${dep.to}`;
    if (this.edges.has(key)) throw new Error(`duplicate dependency ${dep.from} -> ${dep.to}`);
    this.edges.add(key);
    this.dependencies.push(dep);
  }

  /** Accesses and administers are sets: a repeated pair is ignored rather than written twice. */
  private pair(kind: string, from: string, to: string, push: () => void): void {
    const key = `${kind}\u0000${from}`;
    const seen = this.pairs.get(key) ?? new Set<string>();
    this.pairs.set(key, seen);
    if (seen.has(to)) return;
    seen.add(to);
    push();
  }
}
