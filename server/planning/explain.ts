import type { HarmItem } from "../analysis/investment-harm.js";
import type { InvestmentOutput } from "../analysis/investment-jobs.js";
import type { CandidateView } from "./candidate-model.js";

/** A term of the expected harm with the words it is shown by: a risk's title, or an asset's id. */
export type TitledItem = HarmItem & { title: string };

export interface CandidateBenefitModel {
  candidate: CandidateView;
  benefit: number;
  marginalBenefit: number;
  benefitPerThousandPounds: number;
  /** Over the years asked: one-off + years × annual. */
  cost: number;
  /** Nodes whose harm it moves: the scenario nodes of the risks it moves, or the assets. */
  moves: string[];
  risksMoved: Array<{ id: string; title: string; harmBefore: number; harmAfter: number }>;
}

/** One candidate's part in an answer: its benefit alone, its marginal benefit in the chosen set, per £1,000, and what it moves alone. */
export function explain(
  candidate: CandidateView,
  cost: number,
  out: InvestmentOutput,
  k: number,
  items: readonly TitledItem[],
  objective: "REGISTER" | "ESTATE",
): CandidateBenefitModel {
  const moved = out.moves[k]!.map((m) => ({ ...m, term: items[m.item]! }));
  const nodes = objective === "ESTATE" ? moved.map((m) => m.term.id) : moved.flatMap((m) => [...m.term.lost, ...m.term.compromised]);
  const benefit = out.alone[k]!;
  return {
    candidate,
    benefit,
    marginalBenefit: out.marginal[k]!,
    benefitPerThousandPounds: cost > 0 ? (benefit / cost) * 1000 : 0,
    cost,
    moves: [...new Set(nodes)].sort(),
    risksMoved:
      objective === "REGISTER" ? moved.map((m) => ({ id: m.term.id, title: m.term.title, harmBefore: m.before, harmAfter: m.after })) : [],
  };
}
