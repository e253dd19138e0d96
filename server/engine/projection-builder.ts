import type { KindCode, Projection } from "./projection.js";
import { IdBlockBuilder, IdReader } from "./id-block.js";
import { GrowableFloat64, GrowableInt32, HEAP_COLUMNS, csr, type ColumnAlloc } from "./typed-arrays.js";
import { impliedByHosting, IMPLIED, type HostingInput } from "./hosting.js";
import { layoutSlots } from "./slot-layout.js";

export interface ServiceInput {
  patientsPerDay: number;
  severity: number;
  toleranceHours?: number | undefined;
  workaroundCapacity?: number | undefined;
  workaroundHours?: number | undefined;
}

export interface DependencyInput {
  from: number;
  to: number;
  /** κ for the slot: 0 for FAILS, capacity for DEGRADES. */
  fallback: number;
  group?: string | undefined;
  share?: number | undefined;
}

export interface EdgeCounts {
  dependencies: number;
  administers: number;
  accesses: number;
}

/**
 * Accumulates nodes and edges in any order, then lays them out as a Projection, once. Ids must
 * be added before edges that use them; edges name nodes by the index addNode returned. The ids
 * are kept encoded as they come (see IdBlockBuilder), with a map by id only when `index` is asked.
 */
export class ProjectionBuilder {
  private readonly ids = new IdBlockBuilder();
  /** Made on the first call of `index` (a document names its edges' ends by id). */
  private lookup: Map<string, number> | null = null;
  private built = false;
  private readonly kinds = new GrowableInt32();
  // Organisation ids are interned: millions of nodes name a few thousand organisations.
  private readonly orgCode = new GrowableInt32();
  private readonly orgNames = new Map<string, number>();
  private readonly regionOf = new Map<number, number>();
  private readonly regionNames = new Map<string, number>();
  private readonly services = new Map<number, ServiceInput>();
  private readonly stores = new Map<number, { records: number; tier: number }>();
  private readonly recovery = new Map<number, number>();
  private readonly hosts = new Map<number, HostingInput>();
  // Supplier ids are interned like organisations': each row read brings its own copy of the string.
  private readonly supplierNames = new Map<string, string>();
  // Dependencies in parallel typed arrays: millions of them must not each be an object.
  private readonly depFrom = new GrowableInt32();
  private readonly depTo = new GrowableInt32();
  private readonly depFallback = new GrowableFloat64();
  private readonly depShare = new GrowableFloat64();
  private readonly depGroup = new GrowableInt32();
  private readonly groupIds = new Map<string, number>();
  private readonly adminFrom = new GrowableInt32();
  private readonly adminTo = new GrowableInt32();
  private readonly accessFrom = new GrowableInt32();
  private readonly accessTo = new GrowableInt32();

  /** Room for `count` nodes, made at once (the live graph's count comes from Neo4j's counts). */
  reserveNodes(count: number): void {
    this.ids.reserve(count);
    this.kinds.reserve(count);
    this.orgCode.reserve(count);
  }

  /**
   * Room for the edges to come, made at once, with room besides for those the systems' hosting
   * implies (added as the graph is laid out): call it once the nodes are in.
   */
  reserveEdges(count: EdgeCounts): void {
    for (const g of [this.depFrom, this.depTo, this.depGroup]) g.reserve(count.dependencies + this.hosts.size);
    for (const g of [this.depFallback, this.depShare]) g.reserve(count.dependencies + this.hosts.size);
    for (const g of [this.adminFrom, this.adminTo]) g.reserve(count.administers + this.hosts.size);
    for (const g of [this.accessFrom, this.accessTo]) g.reserve(count.accesses);
  }

  addNode(id: string, kind: KindCode, organisation?: string): number {
    if (this.lookup?.has(id)) throw new Error(`duplicate node id ${id}`);
    const i = this.ids.add(id);
    this.lookup?.set(id, i);
    this.kinds.push(kind);
    let code = -1;
    if (organisation !== undefined) {
      code = this.orgNames.get(organisation) ?? this.orgNames.size;
      if (code === this.orgNames.size) this.orgNames.set(organisation, code);
    }
    this.orgCode.push(code);
    return i;
  }
  get size(): number {
    return this.ids.size;
  }
  index(id: string): number | undefined {
    if (!this.lookup) {
      this.lookup = new Map();
      for (let i = 0; i < this.ids.size; i++) this.lookup.set(this.ids.idOf(i), i);
    }
    return this.lookup.get(id);
  }
  setRegion(i: number, region: string): void {
    let code = this.regionNames.get(region);
    if (code === undefined) this.regionNames.set(region, (code = this.regionNames.size));
    this.regionOf.set(i, code);
  }
  setService(i: number, s: ServiceInput): void {
    this.services.set(i, s);
  }
  setDataStore(i: number, records: number, tier: number): void {
    this.stores.set(i, { records, tier });
  }
  setRecoveryHours(i: number, hours: number): void {
    this.recovery.set(i, hours);
  }
  /** A system's supplier and hosting; the supplier may be added later, before build. */
  setHosting(i: number, h: HostingInput): void {
    let supplier = this.supplierNames.get(h.supplier);
    if (supplier === undefined) this.supplierNames.set(h.supplier, (supplier = h.supplier));
    this.hosts.set(i, { supplier, hosting: h.hosting });
  }
  addDependency(d: DependencyInput): void {
    this.depFrom.push(d.from);
    this.depTo.push(d.to);
    this.depFallback.push(d.fallback);
    // A lone edge has share 1; only group members carry a share.
    this.depShare.push(d.group === undefined ? 1 : (d.share ?? 1));
    let g = -1;
    if (d.group !== undefined) {
      g = this.groupIds.get(d.group) ?? this.groupIds.size;
      if (g === this.groupIds.size) this.groupIds.set(d.group, g);
    }
    this.depGroup.push(g);
  }
  addAdministers(from: number, to: number): void {
    this.adminFrom.push(from);
    this.adminTo.push(to);
  }
  addAccess(system: number, store: number): void {
    this.accessFrom.push(system);
    this.accessTo.push(store);
  }

  /**
   * Lays the graph out, every column made by `alloc` (SHARED_COLUMNS: straight into shared
   * memory, so sharing it copies nothing). What the builder held is let go as each part is laid
   * out, so the working state and the result are not all held at once.
   */
  build(alloc: ColumnAlloc = HEAP_COLUMNS): Projection {
    if (this.built) throw new Error("a projection builder lays its graph out once");
    this.built = true;
    this.lookup = null;
    const n = this.ids.size;
    const ids = new IdReader(this.ids.finish(alloc));
    // Suppliers and organisations, a few thousand ids named by millions of nodes: each searched for once.
    const found = new Map<string, number | undefined>();
    const indexOf = (id: string): number | undefined => {
      if (!found.has(id)) found.set(id, ids.get(id));
      return found.get(id);
    };
    const kinds = alloc.uint8(n);
    kinds.set(this.kinds.view());
    const hosting = impliedByHosting(
      n,
      this.hosts,
      indexOf,
      kinds,
      { depFrom: this.depFrom.view(), depTo: this.depTo.view(), adminFrom: this.adminFrom.view(), adminTo: this.adminTo.view() },
      alloc,
    );
    this.addImplied(hosting.hostSupplier, hosting.implied);
    this.hosts.clear();
    this.supplierNames.clear();
    const organisation = alloc.int32(n).fill(-1);
    const orgIndex = new Int32Array(this.orgNames.size);
    for (const [id, code] of this.orgNames) orgIndex[code] = indexOf(id) ?? -1;
    const codes = this.orgCode.view();
    for (let i = 0; i < n; i++) if (codes[i]! >= 0) organisation[i] = orgIndex[codes[i]!]!;
    const region = alloc.int32(n).fill(-1);
    for (const [i, code] of this.regionOf) region[i] = code;
    const slots = layoutSlots(
      n,
      {
        from: this.depFrom.view(),
        to: this.depTo.view(),
        fallback: this.depFallback.view(),
        share: this.depShare.view(),
        group: this.depGroup.view(),
        groupNames: [...this.groupIds.keys()],
      },
      alloc,
    );
    for (const g of [this.depFrom, this.depTo, this.depGroup, this.orgCode, this.kinds]) g.release();
    for (const g of [this.depFallback, this.depShare]) g.release();
    const admin = csr(n, this.adminFrom.view(), this.adminTo.view(), alloc);
    const access = csr(n, this.accessFrom.view(), this.accessTo.view(), alloc);
    for (const g of [this.adminFrom, this.adminTo, this.accessFrom, this.accessTo]) g.release();
    return {
      n,
      idOf: ids.idOf,
      compareIds: ids.compareIds,
      indexOf: ids,
      kind: kinds,
      organisation,
      region,
      regions: [...this.regionNames.keys()],
      ...slots,
      ...this.nodeColumns(n, alloc),
      adminStart: admin.start,
      adminTarget: admin.target,
      accessStart: access.start,
      accessTarget: access.target,
      hostSupplier: hosting.hostSupplier,
      implied: hosting.implied,
    };
  }

  /** Care services', data stores' and recovery figures by node; each map is let go once laid out. */
  private nodeColumns(n: number, alloc: ColumnAlloc) {
    const nan = (): Float64Array => alloc.float64(n).fill(Number.NaN);
    const patientsPerDay = nan(),
      toleranceHours = nan(),
      workaroundCapacity = nan(),
      workaroundHours = nan();
    const severity = alloc.uint8(n);
    for (const [i, s] of this.services) {
      patientsPerDay[i] = s.patientsPerDay;
      severity[i] = s.severity;
      toleranceHours[i] = s.toleranceHours ?? Number.NaN;
      workaroundCapacity[i] = s.workaroundCapacity ?? Number.NaN;
      workaroundHours[i] = s.workaroundHours ?? Number.NaN;
    }
    this.services.clear();
    const recoveryHours = nan();
    for (const [i, h] of this.recovery) recoveryHours[i] = h;
    this.recovery.clear();
    const records = alloc.float64(n);
    const tier = alloc.uint8(n);
    for (const [i, d] of this.stores) {
      records[i] = d.records;
      tier[i] = d.tier;
    }
    this.stores.clear();
    return { patientsPerDay, severity, toleranceHours, workaroundCapacity, workaroundHours, recoveryHours, records, tier };
  }

  private addImplied(hostSupplier: Int32Array, implied: Uint8Array): void {
    for (const i of this.hosts.keys()) {
      const s = hostSupplier[i]!;
      if (s < 0) continue;
      if (implied[i]! & IMPLIED.DEPENDS_ON) this.addDependency({ from: i, to: s, fallback: 0 });
      if (implied[i]! & IMPLIED.ADMINISTERS) this.addAdministers(s, i);
    }
  }
}
