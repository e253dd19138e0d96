import { idsOfArray, type KindCode, type Projection, type ShortGroup } from "./projection.js";
import { GrowableFloat64, GrowableInt32, csr } from "./typed-arrays.js";
import { TOLERANCE } from "../model/tolerance.js";
import { impliedByHosting, IMPLIED, type HostingInput } from "./hosting.js";

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

interface DependencyColumns {
  from: Int32Array;
  to: Int32Array;
  fallback: Float64Array;
  share: Float64Array;
  /** Interned group name, -1 for a lone edge. */
  group: Int32Array;
  groupNames: readonly string[];
}

/**
 * Groups each node's dependencies into slots (one per lone edge, one per named group): a
 * counting sort by source, then, within a node's few edges, by group.
 */
function layoutSlots(n: number, d: DependencyColumns) {
  const count = d.from.length;
  const byFrom = csr(
    n,
    d.from,
    Int32Array.from({ length: count }, (_, e) => e),
  );
  const order = byFrom.target;
  for (let i = 0; i < n; i++) sortRange(order, byFrom.start[i]!, byFrom.start[i + 1]!, d.group);

  const slotStart = new Int32Array(n + 1);
  const fallback = new GrowableFloat64();
  const memberStart = new GrowableInt32();
  const memberTarget = new Int32Array(count);
  const memberShare = new Float64Array(count);
  const shortGroups: ShortGroup[] = [];
  let slot = 0;
  let slotFirst = 0;
  for (let i = 0; i < n; i++) {
    slotStart[i] = slot;
    for (let m = byFrom.start[i]!, end = byFrom.start[i + 1]!; m < end; m++) {
      const e = order[m]!;
      const g = d.group[e]!;
      const sameSlot = m > byFrom.start[i]! && g >= 0 && d.group[order[m - 1]!] === g;
      if (!sameSlot) {
        fallback.push(d.fallback[e]!);
        memberStart.push(m);
        slotFirst = m;
        slot++;
      }
      memberTarget[m] = d.to[e]!;
      memberShare[m] = d.share[e]!;
      const next = m + 1 < end ? d.group[order[m + 1]!] : -1;
      if (g >= 0 && next !== g) {
        const short = carryWholeNeed(memberShare, slotFirst, m + 1);
        if (short !== undefined) shortGroups.push({ node: i, group: d.groupNames[g]!, shares: short });
      }
    }
  }
  slotStart[n] = slot;
  memberStart.push(count);
  const reverse = csr(n, memberTarget, ownerOfMembers(n, byFrom.start, count));
  return {
    slotStart,
    slotFallback: fallback.toArray(),
    memberStart: memberStart.toArray(),
    memberTarget,
    memberShare,
    shortGroups,
    dependentStart: reverse.start,
    dependent: reverse.target,
  };
}

/**
 * A group carries the whole need when all its members stand: shares add up to at least 1.
 * Scales a short group's shares[from..to) up to add to exactly 1 (equal parts where all are 0),
 * and returns the stored sum; undefined when the group was not short.
 */
function carryWholeNeed(shares: Float64Array, from: number, to: number): number | undefined {
  let sum = 0;
  for (let m = from; m < to; m++) sum += shares[m]!;
  if (sum >= 1 - TOLERANCE) return undefined;
  for (let m = from; m < to; m++) shares[m] = sum > 0 ? shares[m]! / sum : 1 / (to - from);
  return sum;
}

/** Insertion sort of order[from..to) by group: a node has few edges. Lone edges (-1) come first. */
function sortRange(order: Int32Array, from: number, to: number, group: Int32Array): void {
  for (let i = from + 1; i < to; i++) {
    const e = order[i]!;
    const g = group[e]!;
    let j = i - 1;
    while (j >= from && group[order[j]!]! > g) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = e;
  }
}

function ownerOfMembers(n: number, start: Int32Array, count: number): Int32Array {
  const owner = new Int32Array(count);
  for (let i = 0; i < n; i++) owner.fill(i, start[i]!, start[i + 1]!);
  return owner;
}
