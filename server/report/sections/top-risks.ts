import type { SectionInput } from "./input.js";
import { plain } from "../../model/plain-words.js";

export interface TopRisk {
  title: string;
  owner: string;
  consequence: string;
  inherentRating: number;
  residualRating: number;
  overdue: boolean;
}

const words = plain;

/** The ten open risks the reader may read, highest residual rating first, then highest residual harm. */
export function topRisks(input: SectionInput): TopRisk[] {
  return input.readable.slice(0, 10).map(({ risk, assessment: a }) => ({
    title: risk.title,
    owner: risk.owner,
    consequence: words(a.consequence),
    inherentRating: a.inherentRating,
    residualRating: a.residualRating,
    overdue: risk.nextReviewDate < input.today,
  }));
}
