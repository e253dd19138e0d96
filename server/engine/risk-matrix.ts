import { severityLevel, type Likelihood, type Severity } from "../model/vocabulary.js";

/**
 * The DCB0160 risk matrix: rating 1..5 by likelihood (rows) and consequence (columns, MINOR →
 * CATASTROPHIC). 5 unacceptable, 4 must be controlled, 3 undesirable, 2 and 1 acceptable.
 */
const MATRIX: Readonly<Record<Likelihood, readonly [number, number, number, number, number]>> = {
  VERY_HIGH: [3, 4, 4, 5, 5],
  HIGH: [2, 3, 3, 4, 5],
  MEDIUM: [2, 2, 3, 3, 4],
  LOW: [1, 2, 2, 3, 4],
  VERY_LOW: [1, 1, 2, 2, 3],
};

export function riskRating(likelihood: Likelihood, consequence: Severity): number {
  return MATRIX[likelihood][severityLevel(consequence) - 1]!;
}
