// The DCB0160 matrix, for shading the grid (the server rates risks; this only colours cells).
const MATRIX: Record<string, number[]> = {
  VERY_HIGH: [3, 4, 4, 5, 5],
  HIGH: [2, 3, 3, 4, 5],
  MEDIUM: [2, 2, 3, 3, 4],
  LOW: [1, 2, 2, 3, 4],
  VERY_LOW: [1, 1, 2, 2, 3],
};
const COLUMNS = ["MINOR", "SIGNIFICANT", "CONSIDERABLE", "MAJOR", "CATASTROPHIC"];

export function riskRatingOf(likelihood: string, consequence: string): number {
  return MATRIX[likelihood]?.[COLUMNS.indexOf(consequence)] ?? 0;
}
