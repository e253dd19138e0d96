import { graphql } from "../gql/gql.js";
import type { BestInvestmentQuery } from "../gql/graphql.js";

/** The candidates and the best set for a budget: read by the Plan page, the Model page (to apply one) and the board report. */
export const CANDIDATES = graphql(`
  query Candidates {
    candidates {
      id
      name
      description
      changes
      oneOffCost
      annualCost
      stale
      staleReason
    }
  }
`);

export const BEST_INVESTMENT = graphql(`
  query BestInvestment($budget: Float!, $years: Int!) {
    bestInvestment(budget: $budget, years: $years) {
      budget
      years
      expectedHarmBefore
      expectedHarmAfter
      cost
      exact
      chosen {
        candidate {
          id
        }
      }
      candidates {
        candidate {
          id
          name
          oneOffCost
          annualCost
        }
        benefit
        marginalBenefit
        benefitPerThousandPounds
        cost
        moves {
          id
          name
        }
        risksMoved {
          title
        }
      }
      leftOut {
        id
        name
        staleReason
      }
      peopleBefore {
        patientsDisruptedPerDay
        servicesStopped
        recordsExposed
      }
      peopleAfter {
        patientsDisruptedPerDay
        servicesStopped
        recordsExposed
      }
    }
  }
`);

export type Investment = BestInvestmentQuery["bestInvestment"];

/** The Model page, opened on a candidate's changes for their preview. */
export const applyHash = (id: string): string => `#model?candidate=${encodeURIComponent(id)}`;

/** Pounds as a board reads them: £40,000. */
export const pounds = (n: number): string => n.toLocaleString("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
