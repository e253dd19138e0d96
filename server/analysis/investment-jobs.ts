import type { Engine } from "../engine/engine.js";
import { chooseInvestment, tolerance, type CandidateSet } from "../engine/investment.js";
import type { ScoringProfile } from "../engine/profile.js";
import type { InterchangeDocument } from "../model/document.js";
import { ExpectedHarm, PastTimeBudget, type CandidatePatch, type ExpectedPeople, type HarmItem } from "./investment-harm.js";

export interface InvestmentInput {
  objective: "REGISTER" | "ESTATE";
  /** The graph as stored around what the candidates touch: those nodes and their relationships. */
  context: InterchangeDocument;
  patches: CandidatePatch[];
  /** Each candidate's cost over the years asked. */
  costs: number[];
  items: HarmItem[];
  budget: number;
  profile: ScoringProfile;
  /** Epoch milliseconds after which the work stops. */
  deadline: number;
}

/** A term whose harm a candidate moves, alone. */
export interface Move {
  item: number;
  before: number;
  after: number;
}

export interface InvestmentOutput {
  timedOut: boolean;
  chosen: number[];
  exact: boolean;
  before: number;
  after: number;
  cost: number;
  alone: number[];
  marginal: number[];
  moves: Move[][];
  peopleBefore: ExpectedPeople | null;
  peopleAfter: ExpectedPeople | null;
  graphsBuilt: number;
}

/** The best investment for a budget (model section 13), with each candidate's part in it explained. */
export function bestInvestment(engine: Engine, a: InvestmentInput): InvestmentOutput {
  const harm = new ExpectedHarm(engine, a.context, a.patches, a.items, a.objective, a.profile, a.deadline);
  const ids = a.patches.map((p) => p.id);
  try {
    const [before] = harm.expected([[]]) as [number];
    const benefits = (sets: readonly CandidateSet[]) => harm.expected(sets).map((e) => before - e);
    const choice = chooseInvestment({ ids, costs: a.costs, budget: a.budget, baseHarm: before }, benefits);
    const all = ids.map((_, k) => k);
    const alone = benefits(all.map((k) => [k]));
    const around = benefits(
      all.map((k) => (choice.set.includes(k) ? choice.set.filter((x) => x !== k) : [...choice.set, k].sort((x, y) => x - y))),
    );
    const marginal = all.map((k) => (choice.set.includes(k) ? choice.benefit - around[k]! : around[k]! - choice.benefit));
    const tol = tolerance(before);
    const [none, ...singles] = harm.values([[], ...all.map((k) => [k])]);
    const moves = singles.map((vs) =>
      vs.flatMap((v, i) => (Math.abs(v.harm - none![i]!.harm) > tol ? [{ item: i, before: none![i]!.harm, after: v.harm }] : [])),
    );
    return {
      timedOut: false,
      chosen: [...choice.set],
      exact: choice.exact,
      before,
      after: before - choice.benefit,
      cost: choice.cost,
      alone,
      marginal,
      moves,
      peopleBefore: harm.people([]),
      peopleAfter: harm.people(choice.set),
      graphsBuilt: harm.graphsBuilt,
    };
  } catch (e) {
    if (!(e instanceof PastTimeBudget)) throw e;
    const empty = { chosen: [], exact: false, before: 0, after: 0, cost: 0, alone: [], marginal: [], moves: [] };
    return { timedOut: true, ...empty, peopleBefore: null, peopleAfter: null, graphsBuilt: harm.graphsBuilt };
  }
}

/** Planning jobs, run by the estate lane: the graph given is the live one, and the candidates are replayed over parts of its projection. */
export const INVESTMENT_JOBS = {
  bestInvestment,
};
