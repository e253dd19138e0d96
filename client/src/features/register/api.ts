export interface RiskRow {
  id: string;
  title: string;
  owner: string;
  threat: string;
  likelihood: string;
  consequence: string;
  inherentRating: number;
  residualRating: number;
  status: string;
  nextReviewDate: string;
  overdue: boolean;
  ratingMoves: Array<{ at: string; fromRating: number; toRating: number }>;
}
export interface HeatCell {
  likelihood: string;
  consequence: string;
  count: number;
}

export const REGISTER = `query($status: RiskStatus, $min: Int) {
  risks(status: $status, minRating: $min) { id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating } }
  riskHeatMap { likelihood consequence count } }`;

export const CREATE = `mutation($i: RiskInput!) { createRisk(input: $i) { id } }`;
export const REVIEW = `mutation($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }`;

/** Ratings 4 and 5 must be acted on; the colours follow the matrix's meaning, not decoration. */
export const RATING_COLOURS = ["", "#2e7d32", "#827717", "#b26a00", "#d84315", "#b71c1c"] as const;
