import { graphql } from "../../gql/gql.js";
import type { ModelChangeInput } from "../../gql/graphql.js";

export const SAVE_CANDIDATE = graphql(`
  mutation SaveCandidate(
    $id: ID
    $name: String!
    $description: String
    $changes: [ModelChangeInput!]!
    $oneOffCost: Float!
    $annualCost: Float!
  ) {
    saveCandidate(id: $id, name: $name, description: $description, changes: $changes, oneOffCost: $oneOffCost, annualCost: $annualCost) {
      id
      name
    }
  }
`);

export const DELETE_CANDIDATE = graphql(`
  mutation DeleteCandidate($id: ID!) {
    deleteCandidate(id: $id)
  }
`);

/** A candidate as the form holds it: the costs as typed, the changes as applyModelChanges takes them. */
export interface Draft {
  id: string | null;
  name: string;
  description: string;
  oneOffCost: string;
  annualCost: string;
  changes: ModelChangeInput[];
}

export const NEW_DRAFT: Draft = { id: null, name: "", description: "", oneOffCost: "", annualCost: "0", changes: [] };

/** A cost as typed, in pounds: commas and a pound sign allowed; null when it is not a number. */
export function poundsTyped(text: string): number | null {
  const t = text.replace(/[£,\s]/g, "");
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : null;
}
