import type { Engine } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets, type Ranking, type RankingPart } from "../engine/ranking.js";
import { singlePointsOfFailure } from "../engine/spof.js";
import { supplierConcentration } from "../engine/supplier-concentration.js";
import { assessRisks, type Assessment } from "./assess.js";
import type { Risk } from "../model/risk-model.js";
import { CHANGE_JOBS } from "./change-jobs.js";
import { INVESTMENT_JOBS } from "./investment-jobs.js";
import { RECOVERY_JOBS } from "./recovery-jobs.js";
import { serviceColumns, toColumns, type ScenarioColumns } from "./scenario-columns.js";

/**
 * The engine's heavy work, one function per use case: each takes the engine of one graph and
 * plain input (node indices, numbers, profiles), and returns plain output. They run in a
 * worker thread, or inline when workers are off; a new heavy use case is one more entry here.
 * Typed arrays in an output are handed over to the caller, not copied, so a job returns
 * arrays of its own, never views of the engine's scratch state.
 */
export const JOBS = {
  /** With `recovery`, each asset is back at its recoveryHours (model section 9); with `part`, that share of the assets only. */
  ranking: (engine: Engine, a: { hours: number; profile: ScoringProfile; recovery: boolean; part?: RankingPart }): Ranking =>
    rankAssets(engine, a.hours, a.profile, a.recovery, a.part),

  scenario: (engine: Engine, a: { lost: number[]; compromised: number[]; hours: number; profile: ScoringProfile }): ScenarioColumns =>
    toColumns(engine.scenario({ lost: a.lost, compromised: a.compromised, hours: a.hours }, a.profile)),

  singlePoints: (engine: Engine, a: { service: number }): Int32Array => Int32Array.from(singlePointsOfFailure(engine, a.service)),

  supplierConcentration: (engine: Engine, a: { hours: number; profile: ScoringProfile; first: number }) =>
    supplierConcentration(engine, a.hours, a.profile)
      .slice(0, a.first)
      .map((r) => ({ ...r, services: serviceColumns(r.services) })),

  /** Harm and consequence of a worked-out scenario at other horizons: only the harm integral again. */
  curve: (
    engine: Engine,
    a: { services: Int32Array; capability: Float64Array; confidentialityHarm: number; horizons: number[]; profile: ScoringProfile },
  ) => engine.curveOf(a.services, a.capability, a.confidentialityHarm, a.horizons, a.profile),

  /** Risks assessed together: a scenario or a set of controls several risks share is worked out once. */
  assess: (engine: Engine, a: { risks: Risk[] }): Assessment[] => assessRisks(engine, a.risks),

  /** Nothing, on a graph's engine: a thread's first job loads its code and builds the engine, so a new graph's is done before anyone waits for it. */
  warm: (engine: Engine, _a: Record<string, never>): number => engine.services.length,

  ...RECOVERY_JOBS,
  ...CHANGE_JOBS,
  ...INVESTMENT_JOBS,
};

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[1];
export type JobOutput<K extends JobName> = ReturnType<(typeof JOBS)[K]>;
