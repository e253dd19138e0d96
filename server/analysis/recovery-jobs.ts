import type { Engine, Scenario } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import type { Projection } from "../engine/projection.js";
import { patientsPerDayOf } from "../engine/query.js";
import { recoveryPlan } from "../engine/recovery-plan.js";
import { recoveryCurve, restorationOf, scenarioOverTime, type RecoveryResult } from "../engine/recovery.js";
import { toleranceBreaches } from "../engine/tolerance.js";
import { toColumns, type ScenarioColumns } from "./scenario-columns.js";

/** A moment at which nodes come back, in node indices, with the care delivered and the availability harm up to it. */
export interface RecoveryPointColumns {
  hours: number;
  restored: number[];
  capability: number;
  harm: number;
}

/** A scenario over time in columns: each service's recovery time (NaN where it is not back by the horizon) and the timeline. */
export interface OverTimeColumns extends ScenarioColumns {
  serviceRecoveredAt: Float64Array;
  timeline: RecoveryPointColumns[];
}

export interface OverTimeInput {
  lost: number[];
  compromised: number[];
  hours: number;
  profile: ScoringProfile;
  /** Explicit restorations, [node, hours]; with `recovery` the other lost nodes come back at their recoveryHours. */
  restore: Array<[number, number]>;
  recovery: boolean;
}

function overTime(engine: Engine, a: OverTimeInput): RecoveryResult {
  const sc: Scenario = { lost: a.lost, compromised: a.compromised, hours: a.hours };
  return scenarioOverTime(engine, sc, restorationOf(engine, a.lost, new Map(a.restore), a.recovery), a.profile);
}

/** Each restoration moment of a scenario over time, with the availability harm up to it. */
function timelineOf(engine: Engine, r: RecoveryResult, profile: ScoringProfile): RecoveryPointColumns[] {
  const harms = recoveryCurve(
    engine,
    r,
    r.timeline.map((t) => t.hours),
    profile,
  );
  return r.timeline.map((t, k) => ({
    hours: t.hours,
    restored: t.restored,
    capability: t.capability,
    harm: harms[k]!.harm - r.confidentialityHarm,
  }));
}

/** The one point of a scenario where nothing comes back: t = 0, the patient-weighted care delivered then. */
export function startPoint(p: Projection, services: Int32Array, capability: Float64Array): RecoveryPointColumns {
  let sum = 0;
  let total = 0;
  services.forEach((s, k) => {
    const w = patientsPerDayOf(p, s);
    sum += w * capability[k]!;
    total += w;
  });
  return { hours: 0, restored: [], capability: total > 0 ? sum / total : 1, harm: 0 };
}

/** Recovery over time (model section 9), one function per use case, run by the work lanes like the jobs beside them. */
export const RECOVERY_JOBS = {
  overTime: (engine: Engine, a: OverTimeInput): OverTimeColumns => {
    const r = overTime(engine, a);
    return {
      ...toColumns(r),
      serviceRecoveredAt: Float64Array.from(r.services, (s) => s.recoveredAt ?? Number.NaN),
      timeline: timelineOf(engine, r, a.profile),
    };
  },

  overTimeCurve: (engine: Engine, a: OverTimeInput & { horizons: number[] }) =>
    recoveryCurve(engine, overTime(engine, a), a.horizons, a.profile),

  toleranceBreaches: (engine: Engine, _none: Record<string, never>): { service: Int32Array; through: Int32Array } => {
    const found = toleranceBreaches(engine);
    return { service: Int32Array.from(found, (b) => b.service), through: Int32Array.from(found, (b) => b.through) };
  },

  recoveryPlan: (engine: Engine, a: { lost: number[]; teams: number; hours: number; profile: ScoringProfile }) => {
    const plan = recoveryPlan(engine, a.lost, a.profile, { teams: a.teams, hours: a.hours });
    const restore = new Map(plan.steps.map((s) => [s.node, s.end]));
    const over = scenarioOverTime(engine, { lost: a.lost, compromised: [], hours: a.hours }, restore, a.profile);
    return {
      steps: plan.steps,
      harm: plan.harm,
      shortestFirstHarm: plan.shortestFirstHarm,
      exact: plan.exact,
      curve: timelineOf(engine, over, a.profile),
    };
  },
};
