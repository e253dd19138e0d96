import { graphql } from "../../gql/gql.js";

/** How many breaches a page of the list holds. */
export const BREACH_PAGE = 100;

export const BREACHES = graphql(`
  query ToleranceBreaches($org: ID, $first: Int!, $offset: Int!) {
    toleranceBreaches(organisation: $org, first: $first, offset: $offset) {
      service {
        id
        name
        organisation
        organisationName
      }
      through {
        ...NodeRef
      }
      recoveryHours
      toleranceHours
      reason
    }
    toleranceBreachCount(organisation: $org)
    toleranceBreachServiceCount(organisation: $org)
  }
`);

export const PLAN = graphql(`
  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {
    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {
      steps {
        node {
          ...NodeRef
        }
        start
        end
      }
      harm
      shortestFirstHarm
      exact
      teams
      hours
      curve {
        ...RecoveryCurvePoint
      }
    }
  }
`);

export const hoursText = (h: number): string => (h < 48 ? `${+h.toFixed(1)} h` : `${+(h / 24).toFixed(1)} days`);
