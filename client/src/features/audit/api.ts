/** The audit trail, its verification, the past as it stood, and saved queries: what these pages ask the API. */
import { graphql } from "../../gql/gql.js";
import type { ChangesBetweenQuery, SavedQueriesQuery, TrailQuery, VerifyChainQuery } from "../../gql/graphql.js";

export type AuditEvent = TrailQuery["auditTrail"]["events"][number];
export interface TrailFilter {
  action: string;
  actor: string;
  target: string;
}

export const PAGE_SIZE = 50;

// Before and after are left out of the list: an import's can hold the whole document.
export const TRAIL = graphql(`
  query Trail($action: String, $actor: String, $target: String, $before: Int, $first: Int!) {
    auditTrail(newestFirst: true, action: $action, actor: $actor, targetContains: $target, beforeSeq: $before, first: $first) {
      events {
        seq
        at
        actor
        actorRole
        actorIssuer
        actorSubject
        actorToken
        actorScope
        breakGlass
        action
        target
        summary
        prevHash
        hash
      }
      nextBeforeSeq
    }
  }
`);

export const EVENT_STATES = graphql(`
  query EventStates($after: Int!) {
    auditTrail(afterSeq: $after, first: 1) {
      events {
        seq
        before
        after
      }
    }
  }
`);

export type Verification = VerifyChainQuery["verifyAuditChain"];
export const VERIFY = graphql(`
  query VerifyChain($known: ChainHeadInput) {
    verifyAuditChain(knownHead: $known) {
      ok
      events
      firstBroken {
        seq
        reason
      }
      head {
        seq
        hash
      }
      containsKnownHead
    }
  }
`);

export const AS_AT = graphql(`
  query AsAt($t: DateTime!) {
    protectFirst(asOf: $t, first: 20) {
      totalCount
      edges {
        node {
          rank
          score
          asset {
            ...NodeRef
          }
        }
      }
    }
    risks(asOf: $t, first: 1000) {
      id
      title
      owner
      status
      inherentRating
      residualRating
    }
  }
`);

export type HistoryDiff = ChangesBetweenQuery["changesBetween"];
export const CHANGES = graphql(`
  query ChangesBetween($from: DateTime!, $to: DateTime) {
    changesBetween(from: $from, to: $to) {
      from
      to
      events {
        seq
        at
        actor
        action
        summary
      }
      nodesAdded
      nodesRemoved
      nodesChanged
      dependenciesAdded
      dependenciesRemoved
      dependenciesChanged
      rankMoves(first: 20) {
        asset
        name
        organisationName
        fromRank
        toRank
      }
      riskChanges {
        id
        title
        fromRating
        toRating
        fromResidualRating
        toResidualRating
      }
    }
  }
`);

export type SavedQuery = SavedQueriesQuery["savedQueries"][number];
export const SAVED = graphql(`
  query SavedQueries {
    savedQueries {
      id
      name
      description
      document
      author
      createdAt
    }
  }
`);
export const RUN_SAVED = graphql(`
  query RunSavedQuery($id: ID!) {
    runSavedQuery(id: $id)
  }
`);
export const SAVE = graphql(`
  mutation SaveQuery($name: String!, $description: String, $document: String!) {
    saveQuery(name: $name, description: $description, document: $document) {
      id
    }
  }
`);

/** The node an event of the model names as its target, to show it by name and organisation. */
export const TARGET_NODE = graphql(`
  query AuditTargetNode($id: ID!) {
    node(id: $id) {
      ...NodeRef
    }
  }
`);
