import type { Engine, Scenario, ScenarioResult, ServiceImpact } from "./engine.js";
import { harmOverTime, type CapabilityStep } from "./harm-over-time.js";
import type { ScoringProfile } from "./profile.js";
import { FULL, KIND } from "./projection.js";

/** When each lost node is back (model section 9); a lost node it does not name stays lost. */
export type Restoration = ReadonlyMap<number, number>;

export interface RecoveringServiceImpact extends ServiceImpact {
  /** The first time from which the service is at 1 until the horizon; null where it is not by then. */
  recoveredAt: number | null;
  steps: CapabilityStep[];
}

/** A moment at which nodes come back, and what care is then delivered. */
export interface RecoveryPoint {
  hours: number;
  restored: number[];
  /** Patient-weighted mean capability of the affected care services from this moment. */
  capability: number;
}

export interface RecoveryResult extends ScenarioResult {
  services: RecoveringServiceImpact[];
  /** Starts at t = 0 with what is lost then; one point per restoration time, in order. */
  timeline: RecoveryPoint[];
}

/**
 * Restoration times for a scenario: the explicit ones, and with `recovery` each other lost node
 * at its recoveryHours. A node with neither is not named, and stays lost.
 */
export function restorationOf(engine: Engine, lost: readonly number[], explicit: Restoration, recovery: boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const x of lost) {
    const given = explicit.get(x);
    const own = engine.p.recoveryHours[x];
    if (given !== undefined) out.set(x, given);
    else if (recovery && own !== undefined && !Number.isNaN(own)) out.set(x, own);
  }
  return out;
}

/**
 * A scenario over time (model section 9): capabilities at t = 0 as today, then raised at each
 * restoration, recomputing only what each one changes; each service's harm is the exact
 * integral of its capability steps.
 */
export function scenarioOverTime(engine: Engine, sc: Scenario, restore: Restoration, profile: ScoringProfile): RecoveryResult {
  const p = engine.p;
  // A node back at 0 was never down: the lost set at t = 0 is {x : r(x) > 0}.
  const lost0 = [...new Set(sc.lost)].filter((x) => !((restore.get(x) ?? Infinity) <= 0));
  const base = engine.scenario({ ...sc, lost: lost0 }, profile);
  const steps = new Map<number, CapabilityStep[]>(base.services.map((s) => [s.service, [{ at: 0, capability: s.capability }]]));

  const byTime = new Map<number, number[]>();
  for (const x of lost0) {
    const r = restore.get(x);
    if (r !== undefined && Number.isFinite(r)) byTime.set(r, [...(byTime.get(r) ?? []), x]);
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const weights = new Map(base.services.map((s) => [s.service, p.patientsPerDay[s.service]!]));
  const current = new Map(base.services.map((s) => [s.service, s.capability]));
  const timeline: RecoveryPoint[] = [{ hours: 0, restored: [], capability: weightedMean(current, weights) }];

  if (times.length) {
    const runner = engine.recoveryRunner();
    runner.start(lost0);
    for (const t of times) {
      const restored = byTime.get(t)!;
      for (const i of runner.restore(restored)) {
        const own = steps.get(i);
        if (!own || p.kind[i] !== KIND.CareService) continue;
        const c = runner.cap[i]! >= FULL ? 1 : runner.cap[i]!;
        if (c !== own.at(-1)!.capability) own.push({ at: t, capability: c });
        current.set(i, c);
      }
      timeline.push({ hours: t, restored: [...restored].sort((a, b) => a - b), capability: weightedMean(current, weights) });
    }
    runner.reset();
  }

  let availabilityHarm = 0;
  let consequence = 0;
  const services = base.services.map((s): RecoveringServiceImpact => {
    const own = steps.get(s.service)!;
    const h = harmOverTime(engine.terms(s.service), own, sc.hours, profile);
    availabilityHarm += h.harm;
    if (h.consequence > consequence) consequence = h.consequence;
    const last = own.at(-1)!;
    const recoveredAt = last.capability >= FULL && last.at <= sc.hours ? last.at : null;
    return { ...s, harm: h.harm, consequence: h.consequence, recoveredAt, steps: own };
  });
  services.sort((a, b) => b.harm - a.harm || a.service - b.service);
  return { ...base, services, timeline, availabilityHarm, totalHarm: availabilityHarm + base.confidentialityHarm, consequence };
}

/** Harm and consequence of a scenario over time at other horizons: only the integrals are taken again. */
export function recoveryCurve(
  engine: Engine,
  base: RecoveryResult,
  horizons: readonly number[],
  profile: ScoringProfile,
): Array<{ hours: number; harm: number; consequence: number }> {
  return horizons.map((hours) => {
    let harm = base.confidentialityHarm;
    let consequence = 0;
    for (const s of base.services) {
      const h = harmOverTime(engine.terms(s.service), s.steps, hours, profile);
      harm += h.harm;
      if (h.consequence > consequence) consequence = h.consequence;
    }
    return { hours, harm, consequence };
  });
}

function weightedMean(values: ReadonlyMap<number, number>, weights: ReadonlyMap<number, number>): number {
  let sum = 0;
  let total = 0;
  for (const [s, c] of values) {
    const w = weights.get(s) ?? 0;
    sum += w * c;
    total += w;
  }
  return total > 0 ? sum / total : values.size ? [...values.values()].reduce((a, b) => a + b, 0) / values.size : 1;
}
