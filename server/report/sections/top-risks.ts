import type { SectionInput } from "./input.js";

export interface TopRisk {
  title: string;
  owner: string;
  consequence: string;
  inherentRating: number;
  residualRating: number;
  overdue: boolean;
}

const words = (s: string): string => s.replace(/_/g, " ").toLowerCase();

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
