import { Engine } from "../engine/engine.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { KIND } from "../engine/projection.js";
import { kindOf } from "../engine/query.js";
import { riskRating } from "../engine/risk-matrix.js";
import { LIKELIHOODS, severityLevel, severityOfLevel, type Likelihood, type Severity } from "../model/enums.js";
import { withControls } from "../engine/controls.js";
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

/** A scenario's consequence level and total harm on one engine, all an assessment reads of it. */
interface Outcome {
  consequence: number;
  totalHarm: number;
}

/**
 * Assesses many risks on one engine, sharing the work they have in common: a scenario several
 * risks hold is worked out once, and so is the graph a set of controls makes (and its scenarios).
 * The lapse check and the register's reads assess every risk at once through this.
 */
class Assessor {
  private readonly inherent = new Map<string, Outcome>();
  private readonly controlled = new Map<string, { engine: Engine; unresolved: string[]; outcomes: Map<string, Outcome> } | null>();

  constructor(private readonly engine: Engine) {}

  /** A risk's ratings (DCB0160): inherent from its likelihood and the consequence of its scenario; residual with its controls applied, likelihood lowered and the graph changed as they say. */
  assess(risk: Risk): Assessment {
    const p = this.engine.p;
    const unresolved: string[] = [];
    const pick = (ids: readonly string[]): number[] =>
      ids.flatMap((id) => {
        const x = p.indexOf.get(id);
        if (x === undefined || !LOSABLE.has(kindOf(p, x))) {
          unresolved.push(id);
          return [];
        }
        return [x];
      });
    const scenario = { lost: pick(risk.scenario.lost), compromised: pick(risk.scenario.compromised), hours: risk.scenario.hours };
    // Ids in the order given: harm summed in another order may differ in its last digits.
    const key = JSON.stringify([scenario.lost, scenario.compromised, scenario.hours]);
    const inherent = outcome(this.inherent, key, () => this.engine.scenario(scenario, DEFAULT_PROFILE));
    const computedConsequence = severityOfLevel(inherent.consequence);
    const consequence = risk.override?.consequence ?? computedConsequence ?? "MINOR";

    const controlled = this.controlledBy(risk.controls);
    unresolved.push(...(controlled?.unresolved ?? []));
    const residual = controlled ? outcome(controlled.outcomes, key, () => controlled.engine.scenario(scenario, DEFAULT_PROFILE)) : inherent;
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

  /** The engine of the graph as `controls` make it, built once for each set of controls; null when they change no graph. */
  private controlledBy(controls: Risk["controls"]) {
    const key = JSON.stringify(controls.filter((c) => c.kind !== "LIKELIHOOD_DOWN"));
    if (!this.controlled.has(key)) {
      const c = withControls(this.engine.p, controls);
      this.controlled.set(key, c && { engine: new Engine(c.view), unresolved: c.unresolved, outcomes: new Map() });
    }
    return this.controlled.get(key)!;
  }
}

function outcome(cache: Map<string, Outcome>, key: string, work: () => Outcome): Outcome {
  let found = cache.get(key);
  if (!found) {
    const r = work();
    cache.set(key, (found = { consequence: r.consequence, totalHarm: r.totalHarm }));
  }
  return found;
}

/** Every risk's ratings on one engine, in order, with the scenario work they share done once. */
export const assessRisks = (engine: Engine, risks: readonly Risk[]): Assessment[] => {
  const assessor = new Assessor(engine);
  return risks.map((risk) => assessor.assess(risk));
};
