import { idsOfArray, type KindCode, type Projection } from "./projection.js";
import { GrowableFloat64, GrowableInt32, csr } from "./typed-arrays.js";
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

/**
 * Accumulates nodes and edges in any order, then lays them out as a Projection. Ids must be
 * added before edges that use them; edges name nodes by the index addNode returned.
 */
export class ProjectionBuilder {
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
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

  addNode(id: string, kind: KindCode, organisation?: string): number {
    const existing = this.indexOf.get(id);
    if (existing !== undefined) throw new Error(`duplicate node id ${id}`);
    const i = this.ids.length;
    this.ids.push(id);
    this.indexOf.set(id, i);
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
    return this.ids.length;
  }
  index(id: string): number | undefined {
    return this.indexOf.get(id);
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
    this.hosts.set(i, h);
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

  build(): Projection {
    const n = this.ids.length;
    const kinds = Uint8Array.from(this.kinds.view());
    const hosting = impliedByHosting(n, this.hosts, (id) => this.indexOf.get(id), kinds, {
      depFrom: this.depFrom.view(),
      depTo: this.depTo.view(),
      adminFrom: this.adminFrom.view(),
      adminTo: this.adminTo.view(),
    });
    // Implied edges join the explicit ones for this layout only, so build may run again.
    const marks = [this.depFrom.length, this.adminFrom.length] as const;
    this.addImplied(hosting.hostSupplier, hosting.implied);
    const organisation = new Int32Array(n).fill(-1);
    const orgIndex = new Int32Array(this.orgNames.size);
    for (const [id, code] of this.orgNames) orgIndex[code] = this.indexOf.get(id) ?? -1;
    const codes = this.orgCode.view();
    for (let i = 0; i < n; i++) if (codes[i]! >= 0) organisation[i] = orgIndex[codes[i]!]!;
    const region = new Int32Array(n).fill(-1);
    for (const [i, code] of this.regionOf) region[i] = code;
    const slots = layoutSlots(n, {
      from: this.depFrom.view(),
      to: this.depTo.view(),
      fallback: this.depFallback.toArray(),
      share: this.depShare.toArray(),
      group: this.depGroup.view(),
      groupNames: [...this.groupIds.keys()],
    });
    const nan = (): Float64Array => new Float64Array(n).fill(Number.NaN);
    const patientsPerDay = nan(),
      toleranceHours = nan(),
      workaroundCapacity = nan(),
      workaroundHours = nan();
    const severity = new Uint8Array(n);
    for (const [i, s] of this.services) {
      patientsPerDay[i] = s.patientsPerDay;
      severity[i] = s.severity;
      toleranceHours[i] = s.toleranceHours ?? Number.NaN;
      workaroundCapacity[i] = s.workaroundCapacity ?? Number.NaN;
      workaroundHours[i] = s.workaroundHours ?? Number.NaN;
    }
    const recoveryHours = nan();
    for (const [i, h] of this.recovery) recoveryHours[i] = h;
    const records = new Float64Array(n);
    const tier = new Uint8Array(n);
    for (const [i, d] of this.stores) {
      records[i] = d.records;
      tier[i] = d.tier;
    }
    const admin = csr(n, this.adminFrom.view(), this.adminTo.view());
    const access = csr(n, this.accessFrom.view(), this.accessTo.view());
    this.truncate(marks[0], marks[1]);
    return {
      n,
      ...idsOfArray(this.ids),
      indexOf: this.indexOf,
      kind: kinds,
      organisation,
      region,
      regions: [...this.regionNames.keys()],
      ...slots,
      patientsPerDay,
      severity,
      toleranceHours,
      workaroundCapacity,
      workaroundHours,
      recoveryHours,
      records,
      tier,
      adminStart: admin.start,
      adminTarget: admin.target,
      accessStart: access.start,
      accessTarget: access.target,
      hostSupplier: hosting.hostSupplier,
      implied: hosting.implied,
    };
  }

  private addImplied(hostSupplier: Int32Array, implied: Uint8Array): void {
    for (const i of this.hosts.keys()) {
      const s = hostSupplier[i]!;
      if (s < 0) continue;
      if (implied[i]! & IMPLIED.DEPENDS_ON) this.addDependency({ from: i, to: s, fallback: 0 });
      if (implied[i]! & IMPLIED.ADMINISTERS) this.addAdministers(s, i);
    }
  }

  private truncate(deps: number, admins: number): void {
    for (const g of [this.depFrom, this.depTo, this.depFallback, this.depShare, this.depGroup]) g.length = deps;
    for (const g of [this.adminFrom, this.adminTo]) g.length = admins;
  }
}
