import { graphql } from "../../gql/gql.js";

/** How many breaches the page lists; the rest are counted. */
export const BREACH_LIMIT = 200;

export const BREACHES = graphql(`
  query ToleranceBreaches($org: ID, $first: Int!) {
    toleranceBreaches(organisation: $org, first: $first) {
      service {
        id
        name
        organisation
        organisationName
      }
      through {
        id
        name
        label
      }
      recoveryHours
      toleranceHours
      reason
    }
    toleranceBreachCount(organisation: $org)
  }
`);

export const PLAN = graphql(`
  query RecoveryPlan($lost: [ID!]!, $teams: Int!, $hours: Float!) {
    recoveryPlan(lost: $lost, teams: $teams, hours: $hours) {
      steps {
        node {
          id
          name
          label
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
