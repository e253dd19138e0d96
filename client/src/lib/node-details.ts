import { graphql } from "../gql/gql.js";

/** A node as the model holds it, every value its label's form and a model change take. */
export const NODE_DETAILS = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      id
      name
      label
      ... on Organisation {
        type
        region
      }
      ... on CareService {
        organisation
        severity
        patientsPerDay
        impactToleranceHours
        workaround {
          capacity
          sustainableHours
        }
        owner
      }
      ... on System {
        organisation
        kind
        supplier
        hosting
        internetFacing
        owner
        recoveryHours
      }
      ... on DataStore {
        organisation
        records
        sensitivity
        owner
        recoveryHours
      }
      ... on Supplier {
        certifications
        recoveryHours
      }
    }
  }
`);
