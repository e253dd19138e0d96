import { graphql } from "../../gql/gql.js";
import type { ExplanationQuery, RankingQuery } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";

export type { RankingOrder } from "../../gql/graphql.js";
export type Kind = "" | "System" | "DataStore" | "Supplier";

/** A row of the ranking, its asset read as a NodeRef whatever its kind. */
export type Row = Omit<RankingQuery["protectFirst"]["edges"][number]["node"], "asset"> & { asset: NodeRef };
export type Explanation = NonNullable<ExplanationQuery["protectFirst"]["edges"][number]>["node"];

export const PAGE_SIZE = 50;

export const RANKING = graphql(`
  query Ranking($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String, $first: Int!) {
    protectFirst(hours: $hours, first: $first, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {
      totalCount
      profile
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          rank
          overallRank
          score
          availabilityHarm
          confidentialityHarm
          asset {
            ...NodeRef
          }
        }
      }
    }
  }
`);

/** One row's evidence: the ranking's page of one that starts after the row before it. */
export const EXPLANATION = graphql(`
  query Explanation($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {
    protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {
      edges {
        node {
          patientsDisruptedPerDay
          servicesStopped
          servicesDegraded
          recordsExposed
          careServices {
            service {
              name
              organisationName
            }
            harm
            consequence
            path {
              name
            }
            edges {
              implied
            }
          }
          exposurePaths {
            store {
              name
              organisationName
              sensitivity
              records
            }
            path {
              name
            }
            edges {
              implied
            }
            harm
          }
        }
      }
    }
  }
`);
