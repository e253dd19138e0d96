import { type KindCode, type Projection } from "./projection.js";
import { GrowableFloat64, GrowableInt32, csr } from "./typed-arrays.js";

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
  private readonly kinds: number[] = [];
  private readonly orgIds: Array<string | undefined> = [];
  private readonly services = new Map<number, ServiceInput>();
  private readonly stores = new Map<number, { records: number; tier: number }>();
  private readonly deps: DependencyInput[] = [];
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
    this.orgIds.push(organisation);
    return i;
  }
  get size(): number {
    return this.ids.length;
  }
  index(id: string): number | undefined {
    return this.indexOf.get(id);
  }
  setService(i: number, s: ServiceInput): void {
    this.services.set(i, s);
  }
  setDataStore(i: number, records: number, tier: number): void {
    this.stores.set(i, { records, tier });
  }
  addDependency(d: DependencyInput): void {
    this.deps.push(d);
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
    const organisation = new Int32Array(n).fill(-1);
    this.orgIds.forEach((o, i) => {
      if (o !== undefined) organisation[i] = this.indexOf.get(o) ?? -1;
    });
    const slots = layoutSlots(n, this.deps);
    const nan = (): Float64Array => new Float64Array(n).fill(Number.NaN);
    const patientsPerDay = nan(), toleranceHours = nan(), workaroundCapacity = nan(), workaroundHours = nan();
    const severity = new Uint8Array(n);
    for (const [i, s] of this.services) {
      patientsPerDay[i] = s.patientsPerDay;
      severity[i] = s.severity;
      toleranceHours[i] = s.toleranceHours ?? Number.NaN;
      workaroundCapacity[i] = s.workaroundCapacity ?? Number.NaN;
      workaroundHours[i] = s.workaroundHours ?? Number.NaN;
    }
    const records = new Float64Array(n);
    const tier = new Uint8Array(n);
    for (const [i, d] of this.stores) {
      records[i] = d.records;
      tier[i] = d.tier;
    }
    const admin = csr(n, this.adminFrom.view(), this.adminTo.view());
    const access = csr(n, this.accessFrom.view(), this.accessTo.view());
    return {
      n,
      ids: this.ids,
      indexOf: this.indexOf,
      kind: Uint8Array.from(this.kinds),
      organisation,
      ...slots,
      patientsPerDay,
      severity,
      toleranceHours,
      workaroundCapacity,
      workaroundHours,
      records,
      tier,
      adminStart: admin.start,
      adminTarget: admin.target,
      accessStart: access.start,
      accessTarget: access.target,
    };
  }
}

/** Groups each node's dependencies into slots (one per lone edge, one per named group). */
function layoutSlots(n: number, deps: readonly DependencyInput[]) {
  const order = deps.map((_, i) => i);
  // Sort by source, then group name (lone edges have none and each stays its own slot).
  order.sort((a, b) => {
    const da = deps[a]!, db = deps[b]!;
    if (da.from !== db.from) return da.from - db.from;
    const ga = da.group ?? "", gb = db.group ?? "";
    return ga < gb ? -1 : ga > gb ? 1 : a - b;
  });
  const slotStart = new Int32Array(n + 1);
  const fallback = new GrowableFloat64();
  const memberStart = new GrowableInt32();
  const memberTarget = new Int32Array(deps.length);
  const memberShare = new Float64Array(deps.length);
  let slot = -1;
  let prev: DependencyInput | undefined;
  order.forEach((di, m) => {
    const d = deps[di]!;
    const sameSlot = prev !== undefined && prev.from === d.from && d.group !== undefined && prev.group === d.group;
    if (!sameSlot) {
      slot++;
      fallback.push(d.fallback);
      memberStart.push(m);
      slotStart[d.from + 1] = slot + 1;
    }
    memberTarget[m] = d.to;
    memberShare[m] = d.group === undefined ? 1 : (d.share ?? 1);
    prev = d;
  });
  memberStart.push(deps.length);
  // slotStart[i+1] holds the end of node i's slots where it has any; carry ends forward.
  for (let i = 1; i <= n; i++) if (slotStart[i]! < slotStart[i - 1]!) slotStart[i] = slotStart[i - 1]!;
  const reverse = csr(n, Int32Array.from(order, (di) => deps[di]!.to), Int32Array.from(order, (di) => deps[di]!.from));
  return {
    slotStart,
    slotFallback: fallback.toArray(),
    memberStart: memberStart.toArray(),
    memberTarget,
    memberShare,
    dependentStart: reverse.start,
    dependent: reverse.target,
  };
}
