import type {
  AccessDoc,
  AdministersDoc,
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  OrganisationDoc,
  SystemDoc,
} from "../../server/model/document.js";
import type { Hosting, Sensitivity, Severity, SystemKind } from "../../server/model/enums.js";
import type { Rng } from "./rng.js";
import { defaultHosting } from "./hosting.js";
import { DATA_STORE_RECOVERY_HOURS, SYSTEM_RECOVERY_HOURS } from "../recovery-times.js";

/** Everything one organisation contributes apart from its devices, in writing order. */
export interface OrgCore {
  organisation: OrganisationDoc;
  careServices: CareServiceDoc[];
  systems: SystemDoc[];
  dataStores: DataStoreDoc[];
  dependencies: DependencyDoc[];
  accesses: AccessDoc[];
  administers: AdministersDoc[];
  /** Supplier ids the core refers to, first use first; the stream writes the new ones first. */
  suppliers: string[];
}

/** The nodes (the organisation included) and relationships (OPERATED_BY included) of a core. */
export function coreTotals(core: OrgCore): { nodes: number; relationships: number } {
  const owned = core.careServices.length + core.systems.length + core.dataStores.length;
  return {
    nodes: 1 + owned,
    relationships: owned + core.dependencies.length + core.accesses.length + core.administers.length,
  };
}

export interface DepOptions {
  /** DEGRADES with this capacity; without it the edge FAILS. */
  degrades?: number;
}

export interface ServiceOptions {
  toleranceHours?: number;
  workaround?: readonly [capacity: number, sustainableHours: number];
}

const isSupplier = (id: string): boolean => id.startsWith("sup-");

/**
 * Builds one organisation's core. Ids are `<prefix>-<code>-<key>`. The builder refuses a
 * self-dependency and drops a repeated (from, to) pair, so random picks can never break the
 * document rules; optional targets may be `undefined` and are then skipped.
 */
export class OrgBuilder {
  readonly core: OrgCore;
  private readonly pairs = new Set<string>();
  private readonly supplierSet = new Set<string>();

  constructor(
    readonly rng: Rng,
    organisation: OrganisationDoc,
    readonly code: string,
  ) {
    this.core = {
      organisation,
      careServices: [],
      systems: [],
      dataStores: [],
      dependencies: [],
      accesses: [],
      administers: [],
      suppliers: [],
    };
  }

  get orgId(): string {
    return this.core.organisation.id;
  }

  useSupplier(id: string): string {
    if (!this.supplierSet.has(id)) {
      this.supplierSet.add(id);
      this.core.suppliers.push(id);
    }
    return id;
  }

  system(key: string, name: string, kind: SystemKind, supplier?: string, internetFacing?: boolean, hosting?: Hosting): string {
    const doc: SystemDoc = {
      id: `sys-${this.code}-${key}`,
      name,
      organisation: this.orgId,
      kind,
      recoveryHours: SYSTEM_RECOVERY_HOURS[kind],
    };
    if (supplier !== undefined) {
      doc.supplier = this.useSupplier(supplier);
      doc.hosting = hosting ?? defaultHosting(kind);
    }
    if (internetFacing) doc.internetFacing = true;
    this.core.systems.push(doc);
    return doc.id;
  }

  store(key: string, name: string, records: number, sensitivity: Sensitivity): string {
    const id = `ds-${this.code}-${key}`;
    this.core.dataStores.push({
      id,
      name,
      organisation: this.orgId,
      records: Math.max(0, Math.round(records)),
      sensitivity,
      recoveryHours: DATA_STORE_RECOVERY_HOURS,
    });
    return id;
  }

  service(key: string, name: string, severity: Severity, patientsPerDay: number, options: ServiceOptions = {}): string {
    const doc: CareServiceDoc = {
      id: `svc-${this.code}-${key}`,
      name,
      organisation: this.orgId,
      severity,
      patientsPerDay: Math.max(1, Math.round(patientsPerDay)),
    };
    if (options.toleranceHours !== undefined) doc.impactToleranceHours = options.toleranceHours;
    if (options.workaround) {
      const [capacity, sustainableHours] = options.workaround;
      doc.workaround = { capacity, sustainableHours };
    }
    this.core.careServices.push(doc);
    return doc.id;
  }

  private claim(from: string, to: string): boolean {
    const pair = `${from}>${to}`;
    if (from === to || this.pairs.has(pair)) return false;
    this.pairs.add(pair);
    if (isSupplier(to)) this.useSupplier(to);
    return true;
  }

  /** A lone DEPENDS_ON edge. */
  dep(from: string, to: string | undefined, options: DepOptions = {}): void {
    if (to === undefined || !this.claim(from, to)) return;
    const doc: DependencyDoc =
      options.degrades === undefined ? { from, to, effect: "FAILS" } : { from, to, effect: "DEGRADES", capacity: options.degrades };
    this.core.dependencies.push(doc);
  }

  /**
   * A redundancy group: alternatives that share one effect and capacity. The first member
   * carries the full need; `shares` (default 1) give the others' standalone share. A group of
   * one is written as a lone edge.
   */
  anyOf(
    from: string,
    group: string,
    members: ReadonlyArray<string | undefined>,
    options: DepOptions = {},
    shares: readonly number[] = [],
  ): void {
    const present = members.filter((m): m is string => m !== undefined && m !== from);
    if (present.length <= 1) {
      this.dep(from, present[0], options);
      return;
    }
    present.forEach((to, i) => {
      if (!this.claim(from, to)) return;
      const doc: DependencyDoc = { from, to, effect: options.degrades === undefined ? "FAILS" : "DEGRADES", group };
      if (options.degrades !== undefined) doc.capacity = options.degrades;
      const share = i === 0 ? undefined : shares[i - 1];
      if (share !== undefined && share !== 1) doc.share = share;
      this.core.dependencies.push(doc);
    });
  }

  /** N+1 capacity: any n − 1 of the n members carry the load, so each has share 1 / (n − 1). */
  nPlusOne(from: string, group: string, members: readonly string[]): void {
    const share = 1 / (members.length - 1);
    for (const to of members) if (this.claim(from, to)) this.core.dependencies.push({ from, to, effect: "FAILS", group, share });
  }

  access(system: string, dataStore: string | undefined): void {
    if (dataStore !== undefined) this.core.accesses.push({ system, dataStore });
  }

  admin(from: string, to: string | undefined): void {
    if (to === undefined || from === to) return;
    if (isSupplier(from)) this.useSupplier(from);
    this.core.administers.push({ from, to });
  }
}
