import { Engine } from "../engine/engine.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { KIND } from "../engine/projection.js";
import { riskRating } from "../engine/risk-matrix.js";
import { LIKELIHOODS, severityLevel, severityOfLevel, type Likelihood, type Severity } from "../model/enums.js";
import { withControls } from "./controls.js";
import type { Risk } from "../model/risk-model.js";

export interface Assessment {
  /** From the graph through the engine; null when no care service is affected. */
  computedConsequence: Severity | null;
  /** The override if any, else the computed consequence, else MINOR (data loss alone). */
  consequence: Severity;
  inherentRating: number;
  harm: number;
  residualLikelihood: Likelihood;
  residualConsequence: Severity;
  residualRating: number;
  residualHarm: number;
  /** Scenario ids and control targets the graph no longer holds. */
  unresolved: string[];
}

const LOSABLE = new Set<number>([KIND.CareService, KIND.System, KIND.DataStore, KIND.Supplier]);

/**
 * A risk's ratings (DCB0160): inherent from its likelihood and the consequence of its scenario;
 * residual with its controls applied, likelihood lowered and the graph changed as they say.
 */
export function assessRisk(engine: Engine, risk: Risk): Assessment {
  const p = engine.p;
  const unresolved: string[] = [];
  const pick = (ids: readonly string[]): number[] =>
    ids.flatMap((id) => {
      const x = p.indexOf.get(id);
      if (x === undefined || !LOSABLE.has(p.kind[x]!)) {
        unresolved.push(id);
        return [];
      }
      return [x];
    });
  const scenario = { lost: pick(risk.scenario.lost), compromised: pick(risk.scenario.compromised), hours: risk.scenario.hours };
  const inherent = engine.scenario(scenario, DEFAULT_PROFILE);
  const computedConsequence = severityOfLevel(inherent.consequence);
  const consequence = risk.override?.consequence ?? computedConsequence ?? "MINOR";

  const controlled = withControls(p, risk.controls);
  unresolved.push(...(controlled?.unresolved ?? []));
  const residual = controlled ? new Engine(controlled.view).scenario(scenario, DEFAULT_PROFILE) : inherent;
  // Controls lower the consequence by as many levels as they lower the computed one; an
  // override (a person's judgement) moves with them but is never raised.
  const drop = severityLevel(computedConsequence ?? "MINOR") - severityLevel(severityOfLevel(residual.consequence) ?? "MINOR");
  const residualConsequence = severityOfLevel(Math.max(1, severityLevel(consequence) - Math.max(0, drop)))!;
  const down = risk.controls.reduce((n, c) => n + (c.kind === "LIKELIHOOD_DOWN" ? c.levels : 0), 0);
  const residualLikelihood = LIKELIHOODS[Math.max(0, LIKELIHOODS.indexOf(risk.likelihood) - down)]!;

  return {
    computedConsequence,
    consequence,
    inherentRating: riskRating(risk.likelihood, consequence),
    harm: inherent.totalHarm,
    residualLikelihood,
    residualConsequence,
    residualRating: riskRating(residualLikelihood, residualConsequence),
    residualHarm: residual.totalHarm,
    unresolved,
  };
}
