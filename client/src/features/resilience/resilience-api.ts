import { graphql } from "../../gql/gql.js";
import type { SupplierConcentrationQuery } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { scenarioHash } from "../../lib/scenario-url.js";

export const SUPPLIERS = graphql(`
  query SupplierConcentration($hours: Float!) {
    supplierConcentration(hours: $hours, first: 1000) {
      supplier {
        ...NodeRef
      }
      harm
      availabilityHarm
      confidentialityHarm
      recordsExposed
      consequence
      organisations {
        id
        name
      }
      careServices {
        service {
          id
          name
          organisationName
        }
        capability
        harm
        consequence
      }
      exposedDataStores(first: 20) {
        id
        name
        organisationName
        sensitivity
        records
      }
    }
  }
`);
export const SPOF = graphql(`
  query SinglePointsOfFailure($s: ID!) {
    singlePointsOfFailure(service: $s) {
      ...NodeRef
    }
  }
`);

/** The explorer opened on the loss of one node. */
export const blastLink = (n: NodeRef, hours: number): string => scenarioHash({ lost: [n.id], compromised: [], hours });

export type SupplierReach = SupplierConcentrationQuery["supplierConcentration"][number];
