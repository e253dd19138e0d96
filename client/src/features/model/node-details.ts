import { skipToken } from "@tanstack/react-query";
import type { NodeLabel } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import { useGraphQL } from "../../lib/query.js";
import { toFormValues, type FormValues } from "./node-fields.js";

const NODE = graphql(`
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

/**
 * The open node's label and its values for the form: undefined while read (or with none open),
 * null where the model does not hold it.
 */
export function useNode(id: string | null) {
  const read = useGraphQL(NODE, id ? { id } : skipToken);
  const node = read.data?.node;
  const form: { label: NodeLabel; values: FormValues } | null | undefined = node
    ? { label: node.label, values: toFormValues(node.label, node) }
    : node;
  return { form, error: read.error };
}
