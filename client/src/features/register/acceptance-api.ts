import { graphql } from "../../gql/gql.js";
import { ApiError } from "../../lib/graphql.js";
import { REGISTER_READS } from "./api.js";
import { problemWords, tidy, whereWords } from "../../lib/problem-words.js";

export const ACCEPTANCES = graphql(`
  query RiskAcceptances($id: ID!) {
    risk(id: $id) {
      id
      title
      status
      residualRating
      scenario {
        lost
        compromised
        hours
      }
      acceptances {
        id
        state
        justification
        expires
        proposedBy
        proposedAt
        decidedBy
        decidedAt
        note
        reason
        lapsedAtGraphVersion
        snapshot {
          rating
          consequence
          harm
          graphVersion
          profile
        }
      }
    }
  }
`);
export const PROPOSE = graphql(`
  mutation ProposeAcceptance($risk: ID!, $j: String!, $e: String!) {
    proposeAcceptance(risk: $risk, justification: $j, expires: $e) {
      id
      state
      expires
    }
  }
`);
export const DECIDE = graphql(`
  mutation DecideAcceptance($id: ID!, $accept: Boolean!, $note: String!) {
    decideAcceptance(id: $id, accept: $accept, note: $note) {
      id
      state
    }
  }
`);
export const REVOKE = graphql(`
  mutation RevokeAcceptance($id: ID!, $note: String!) {
    revokeAcceptance(id: $id, note: $note) {
      id
      state
    }
  }
`);
export const REVIEWS_DUE = graphql(`
  query ReviewsDue {
    reviewsDue(within: 14) {
      id
      title
      owner
      organisation
      nextReviewDate
      overdue
      acceptance {
        state
        expires
      }
    }
  }
`);
export const ACCEPTANCE_EXPIRIES = graphql(`
  query AcceptanceExpiries {
    risks(status: OPEN, first: 1000) {
      id
      title
      owner
      acceptance {
        state
        expires
      }
    }
  }
`);
export const CREATE_FEED = graphql(`
  mutation CreateReviewFeed {
    createReviewFeed {
      path
    }
  }
`);
export const REVOKE_FEEDS = graphql(`
  mutation RevokeReviewFeeds {
    revokeReviewFeeds
  }
`);

/** What an acceptance changes: the register's reads, this panel, the reviews due and the acceptances expiring. */
export const ACCEPTANCE_READS = [...REGISTER_READS, ACCEPTANCES, REVIEWS_DUE, ACCEPTANCE_EXPIRIES];

/** Every reason a refusal gave: its message and each problem the API listed, once each. */
export function reasons(e: unknown): string[] {
  if (!(e instanceof ApiError)) return [e instanceof Error ? e.message : "Something went wrong."];
  return [...new Set([tidy(e.message), ...e.problems.map((p) => `${whereWords(p)}: ${problemWords(p)}`)])];
}
