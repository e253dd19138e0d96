import type { RecoveryPointColumns } from "./recovery-jobs.js";

/** What the recovery use cases hand to GraphQL: engine results with node indices turned into ids. */
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

export const pointsInIds = (idOf: (i: number) => string, points: readonly RecoveryPointColumns[]): RecoveryPointModel[] =>
  points.map((t) => ({ ...t, restored: t.restored.map((i) => idOf(i)) }));
