import { graphql } from "../../gql/gql.js";
import type { ControlInput, RegisterQuery, RiskDetailQuery, RiskInput } from "../../gql/graphql.js";
import { words } from "../../lib/format.js";

export type RiskRow = RegisterQuery["risks"][number];

export const REGISTER = graphql(`
  query Register($status: RiskStatus, $min: Int, $residual: Boolean) {
    risks(status: $status, minRating: $min, first: 1000) {
      id
      title
      owner
      threat
      likelihood
      consequence
      inherentRating
      residualRating
      status
      nextReviewDate
      overdue
      acceptance {
        state
        expires
      }
      ratingMoves {
        at
        fromRating
        toRating
      }
    }
    riskHeatMap(residual: $residual) {
      likelihood
      consequence
      count
    }
  }
`);

export const CREATE = graphql(`
  mutation CreateRisk($i: RiskInput!) {
    createRisk(input: $i) {
      id
      title
      inherentRating
      residualRating
      consequence
    }
  }
`);
export const REVIEW = graphql(`
  mutation ReviewRisk($id: ID!, $note: String!, $next: String!) {
    reviewRisk(id: $id, note: $note, nextReviewDate: $next) {
      id
    }
  }
`);
export const DELETE = graphql(`
  mutation DeleteRisk($id: ID!) {
    deleteRisk(id: $id)
  }
`);

/** The DCB0160 scales, lowest first, the threats and treatments (the model's own lists), and how they read in a sentence. */
export { LIKELIHOODS, SEVERITIES, THREATS, TREATMENTS } from "../../../../server/model/vocabulary.js";
export { words };
/** An enum value as a choice reads: SUPPLIER_OUTAGE is "Supplier outage". */
export const phrase = (s: string): string => words(s).charAt(0).toUpperCase() + words(s).slice(1);

/** Ratings 4 and 5 must be acted on; the colours follow the matrix's meaning, not decoration. */
export const RATING_COLOURS = ["", "#2e7d32", "#827717", "#b26a00", "#d84315", "#b71c1c"] as const;

/** A control as the editor holds it: one read back with the risk, or a new one, as the API takes it. */
export type Control = ControlInput;

/** A risk as the editor reads it: everything updateRisk needs back, and the ratings it shows. */
export type RiskDetail = NonNullable<RiskDetailQuery["risk"]>;

export const RISK_DETAIL = graphql(`
  query RiskDetail($id: ID!) {
    risk(id: $id) {
      title
      description
      threat
      scenario {
        lost
        compromised
        hours
      }
      likelihood
      owner
      organisation
      treatment
      controls {
        kind
        name
        levels
        from
        to
        service
        capacity
        sustainableHours
      }
      status
      nextReviewDate
      computedConsequence
      consequence
      override {
        consequence
        justification
        by
      }
      inherentRating
      residualLikelihood
      residualConsequence
      residualRating
    }
  }
`);
export const UPDATE = graphql(`
  mutation UpdateRisk($id: ID!, $i: RiskInput!) {
    updateRisk(id: $id, input: $i) {
      id
    }
  }
`);
export const OVERRIDE = graphql(`
  mutation OverrideConsequence($id: ID!, $c: Severity, $j: String!) {
    overrideConsequence(id: $id, consequence: $c, justification: $j) {
      id
    }
  }
`);

export const RISK_HISTORY = graphql(`
  query RiskHistory($id: ID!) {
    risk(id: $id) {
      title
      description
      reviews {
        at
        by
        note
      }
      ratingMoves {
        at
        fromRating
        toRating
        fromConsequence
        toConsequence
      }
      override {
        consequence
        justification
        by
      }
    }
  }
`);
export const RISK_EVENTS = graphql(`
  query RiskEvents($id: String!) {
    auditTrail(target: $id, first: 200) {
      events {
        seq
        at
        actor
        action
        summary
      }
    }
  }
`);

/** What a change to the register moves: the list and heat map, the open risk and its history. */
export const REGISTER_READS = [REGISTER, RISK_DETAIL, RISK_HISTORY, RISK_EVENTS];

/** A control as the API takes it: only the fields of its kind. */
export function controlInput(c: Control): Control {
  if (c.kind === "LIKELIHOOD_DOWN") return { kind: c.kind, name: c.name, levels: c.levels ?? 1 };
  if (c.kind === "REDUNDANCY") return { kind: c.kind, name: c.name, from: c.from ?? "", to: c.to ?? "" };
  return { kind: c.kind, name: c.name, service: c.service ?? "", capacity: c.capacity ?? 0, sustainableHours: c.sustainableHours ?? 0 };
}

/** The RiskInput that keeps a risk as it is but for the changes given. */
export function riskInput(
  r: RiskDetail,
  changes: Partial<Pick<RiskInput, "likelihood" | "treatment" | "status" | "owner" | "controls">>,
): RiskInput {
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
    controls: (merged.controls ?? []).map(controlInput),
    status: merged.status,
    nextReviewDate: merged.nextReviewDate,
  };
}
