import type { Projection } from "./projection.js";
import { STOPPED } from "./projection.js";

/** A scenario in people, unweighted (model section 11 of the spec; docs/model.md section 14). */
export interface PeopleCounts {
  /** Σ patientsPerDay × (1 − c) over affected care services, before workarounds. */
  patientsDisruptedPerDay: number;
  servicesStopped: number;
  servicesDegraded: number;
  /** Σ records over exposed stores. */
  recordsExposed: number;
  /** The same by tier, T1 to T4 at 0 to 3. */
  recordsByTier: [number, number, number, number];
}

/**
 * Counts people from a worked-out scenario: its affected care services with their capability
 * at t = 0, and its exposed stores. The services given are those below full capability.
 */
export function peopleCounts(
  p: Projection,
  services: ArrayLike<number>,
  capability: ArrayLike<number>,
  exposed: ArrayLike<number>,
): PeopleCounts {
  let patientsDisruptedPerDay = 0;
  let servicesStopped = 0;
  for (let k = 0; k < services.length; k++) {
    const c = capability[k]!;
    patientsDisruptedPerDay += p.patientsPerDay[services[k]!]! * (1 - c);
    if (c < STOPPED) servicesStopped++;
  }
  const recordsByTier: [number, number, number, number] = [0, 0, 0, 0];
  let recordsExposed = 0;
  for (let k = 0; k < exposed.length; k++) {
    const d = exposed[k]!;
    recordsExposed += p.records[d]!;
    recordsByTier[p.tier[d]! - 1]! += p.records[d]!;
  }
  return { patientsDisruptedPerDay, servicesStopped, servicesDegraded: services.length - servicesStopped, recordsExposed, recordsByTier };
}
