import type { Engine, ServiceImpact } from "./engine.js";
import type { ScoringProfile } from "./profile.js";
import { KIND } from "./projection.js";

export interface SupplierReach {
  supplier: number;
  /** Organisations operating a node its loss affects or its compromise controls or exposes, ascending. */
  organisations: number[];
  services: ServiceImpact[];
  availabilityHarm: number;
  confidentialityHarm: number;
  /** Data stores its compromise exposes through what it administers, ascending. */
  exposed: Int32Array;
  /** Their records, unweighted. */
  recordsExposed: number;
  consequence: number;
}

/**
 * For each supplier (model section 5), what its loss and its compromise each do: the care
 * services it stops or degrades, the stores exposed through what it administers, both harms,
 * and the organisations reached either way. Ranked as the ranking ranks assets: by the sum,
 * then availability harm, then id. A supplier that only holds remote access harms by
 * compromise alone, and must not read as harmless.
 */
export function supplierConcentration(engine: Engine, hours: number, profile: ScoringProfile): SupplierReach[] {
  const p = engine.p;
  const out: SupplierReach[] = [];
  for (let x = 0; x < p.n; x++) {
    if (p.kind[x] !== KIND.Supplier) continue;
    const r = engine.scenario({ lost: [x], compromised: [x], hours }, profile);
    const orgs = new Set<number>();
    const reach = (i: number): void => {
      if (p.organisation[i]! >= 0) orgs.add(p.organisation[i]!);
    };
    for (const a of r.affected) reach(a.node);
    for (const c of r.controlled) reach(c);
    let recordsExposed = 0;
    for (const d of r.exposed) {
      reach(d);
      recordsExposed += p.records[d]!;
    }
    out.push({
      supplier: x,
      organisations: [...orgs].sort((a, b) => a - b),
      services: r.services,
      availabilityHarm: r.availabilityHarm,
      confidentialityHarm: r.confidentialityHarm,
      exposed: r.exposed,
      recordsExposed,
      consequence: r.consequence,
    });
  }
  const total = (s: SupplierReach): number => s.availabilityHarm + s.confidentialityHarm;
  return out.sort((a, b) => total(b) - total(a) || b.availabilityHarm - a.availabilityHarm || p.compareIds(a.supplier, b.supplier));
}
