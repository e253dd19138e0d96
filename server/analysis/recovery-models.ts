import type { Engine, ScenarioResult } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { recoveryCurve, type RecoveryResult } from "../engine/recovery.js";

/** What the recovery resolvers hand to GraphQL: engine results with node indices turned into ids. */
export interface ToleranceBreachModel {
  service: string;
  through: string;
  recoveryHours: number | null;
  toleranceHours: number;
}

export interface RecoveryStepModel {
  node: string;
  start: number;
  end: number;
}

export interface RecoveryPointModel {
  hours: number;
  restored: string[];
  capability: number;
  harm: number;
}

export interface RecoveryPlanModel {
  steps: RecoveryStepModel[];
  harm: number;
  shortestFirstHarm: number;
  exact: boolean;
  teams: number;
  hours: number;
  curve: RecoveryPointModel[];
}

/** Each restoration moment of a scenario over time, with the availability harm up to it. */
export function recoveryPoints(engine: Engine, r: RecoveryResult, profile: ScoringProfile): RecoveryPointModel[] {
  const harms = recoveryCurve(engine, r, r.timeline.map((t) => t.hours), profile);
  return r.timeline.map((t, k) => ({
    hours: t.hours,
    restored: t.restored.map((i) => engine.p.ids[i]!),
    capability: t.capability,
    harm: harms[k]!.harm - r.confidentialityHarm,
  }));
}

/** The one point of a scenario where nothing comes back: t = 0, the care delivered then. */
export function startPoint(engine: Engine, r: ScenarioResult): RecoveryPointModel {
  let sum = 0;
  let total = 0;
  for (const s of r.services) {
    const w = engine.p.patientsPerDay[s.service]!;
    sum += w * s.capability;
    total += w;
  }
  return { hours: 0, restored: [], capability: total > 0 ? sum / total : 1, harm: 0 };
}
