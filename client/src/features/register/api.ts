import { words } from "../../lib/format.js";

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

export const REGISTER = `query($status: RiskStatus, $min: Int, $residual: Boolean) {
  risks(status: $status, minRating: $min, first: 1000) { id title owner threat likelihood consequence inherentRating residualRating status nextReviewDate overdue ratingMoves { at fromRating toRating } }
  riskHeatMap(residual: $residual) { likelihood consequence count } }`;

export const CREATE = `mutation($i: RiskInput!) { createRisk(input: $i) { id } }`;
export const REVIEW = `mutation($id: ID!, $note: String!, $next: String!) { reviewRisk(id: $id, note: $note, nextReviewDate: $next) { id } }`;

/** The DCB0160 scales, lowest first, the threats and treatments (the model's own lists), and how they read in a sentence. */
export { LIKELIHOODS, SEVERITIES, THREATS, TREATMENTS } from "../../../../server/model/vocabulary.js";
export { words };
/** An enum value as a choice reads: SUPPLIER_OUTAGE is "Supplier outage". */
export const phrase = (s: string): string => words(s).charAt(0).toUpperCase() + words(s).slice(1);
export const DELETE = `mutation($id: ID!) { deleteRisk(id: $id) }`;

/** Ratings 4 and 5 must be acted on; the colours follow the matrix's meaning, not decoration. */
export const RATING_COLOURS = ["", "#2e7d32", "#827717", "#b26a00", "#d84315", "#b71c1c"] as const;

export type ControlKind = "LIKELIHOOD_DOWN" | "REDUNDANCY" | "WORKAROUND";
export interface Control {
  kind: ControlKind;
  name: string;
  levels?: number | null;
  from?: string | null;
  to?: string | null;
  service?: string | null;
  capacity?: number | null;
  sustainableHours?: number | null;
}

/** A risk as the editor reads it: everything updateRisk needs back, and the ratings it shows. */
export interface RiskDetail {
  title: string;
  description: string;
  threat: string;
  scenario: { lost: string[]; compromised: string[]; hours: number };
  likelihood: string;
  owner: string;
  organisation: string | null;
  treatment: string;
  controls: Control[];
  status: string;
  nextReviewDate: string;
  computedConsequence: string | null;
  consequence: string;
  override: { consequence: string; justification: string; by: string } | null;
  inherentRating: number;
  residualLikelihood: string;
  residualConsequence: string;
  residualRating: number;
}

export const RISK_DETAIL = `query($id: ID!) { risk(id: $id) {
  title description threat scenario { lost compromised hours } likelihood owner organisation treatment
  controls { kind name levels from to service capacity sustainableHours } status nextReviewDate
  computedConsequence consequence override { consequence justification by }
  inherentRating residualLikelihood residualConsequence residualRating } }`;
export const UPDATE = `mutation($id: ID!, $i: RiskInput!) { updateRisk(id: $id, input: $i) { id } }`;
export const OVERRIDE = `mutation($id: ID!, $c: Severity, $j: String!) { overrideConsequence(id: $id, consequence: $c, justification: $j) { id } }`;

/** A control as the API takes it: only the fields of its kind. */
export function controlInput(c: Control): Control {
  if (c.kind === "LIKELIHOOD_DOWN") return { kind: c.kind, name: c.name, levels: c.levels ?? 1 };
  if (c.kind === "REDUNDANCY") return { kind: c.kind, name: c.name, from: c.from ?? "", to: c.to ?? "" };
  return { kind: c.kind, name: c.name, service: c.service ?? "", capacity: c.capacity ?? 0, sustainableHours: c.sustainableHours ?? 0 };
}

/** The RiskInput that keeps a risk as it is but for the changes given. */
export function riskInput(r: RiskDetail, changes: Partial<Pick<RiskDetail, "likelihood" | "treatment" | "status" | "owner" | "controls">>): Record<string, unknown> {
  const merged = { ...r, ...changes };
  return {
    title: merged.title,
    description: merged.description,
    threat: merged.threat,
    scenario: merged.scenario,
    likelihood: merged.likelihood,
    owner: merged.owner,
    organisation: merged.organisation,
    treatment: merged.treatment,
    controls: merged.controls.map(controlInput),
    status: merged.status,
    nextReviewDate: merged.nextReviewDate,
  };
}
