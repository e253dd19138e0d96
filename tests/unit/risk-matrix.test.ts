import { describe, expect, it } from "vitest";
import { riskRating } from "../../server/engine/risk-matrix.js";

// DCB0160's matrix, written out row by row as the standard prints it.
const EXPECTED = {
  VERY_HIGH: { MINOR: 3, SIGNIFICANT: 4, CONSIDERABLE: 4, MAJOR: 5, CATASTROPHIC: 5 },
  HIGH: { MINOR: 2, SIGNIFICANT: 3, CONSIDERABLE: 3, MAJOR: 4, CATASTROPHIC: 5 },
  MEDIUM: { MINOR: 2, SIGNIFICANT: 2, CONSIDERABLE: 3, MAJOR: 3, CATASTROPHIC: 4 },
  LOW: { MINOR: 1, SIGNIFICANT: 2, CONSIDERABLE: 2, MAJOR: 3, CATASTROPHIC: 4 },
  VERY_LOW: { MINOR: 1, SIGNIFICANT: 1, CONSIDERABLE: 2, MAJOR: 2, CATASTROPHIC: 3 },
} as const;

describe("the DCB0160 risk matrix", () => {
  for (const [likelihood, row] of Object.entries(EXPECTED)) {
    for (const [consequence, rating] of Object.entries(row)) {
      it(`${likelihood} × ${consequence} = ${rating}`, () => {
        expect(riskRating(likelihood as keyof typeof EXPECTED, consequence as keyof typeof row)).toBe(rating);
      });
    }
  }
});
