import { graphql } from "../../gql/gql.js";

/** The reads behind the blast radius's drill-downs: a group's members, the whole lists, a node by id and its details. */
/** Up to a thousand members of one group are drawn at a time. */
export const MEMBER_LIMIT = 1000;

export const GROUP_MEMBERS = graphql(`
  query GroupMembers(
    $lost: [ID!]!
    $compromised: [ID!]!
    $hours: Float!
    $recovery: Boolean
    $labels: [NodeLabel!]
    $org: ID
    $region: String
    $first: Int!
  ) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
      affected(first: $first, labels: $labels, organisation: $org, region: $region) {
        ...Affected
      }
    }
  }
`);

/** The organisation groups of one region, to open a region group. */
export const REGION_GROUPS = graphql(`
  query RegionGroups(
    $lost: [ID!]!
    $compromised: [ID!]!
    $hours: Float!
    $recovery: Boolean
    $region: String!
    $labels: [NodeLabel!]
    $first: Int!
  ) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
      affectedGroups(region: $region, labels: $labels, first: $first) {
        ...Group
      }
    }
  }
`);

/** Every affected service, its evidence by id and name only, for the CSV of a large blast radius. */
export const ALL_SERVICES = graphql(`
  query AllServices($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
      careServices {
        service {
          id
          name
          label
          organisation
          organisationName
        }
        capability
        status
        harm
        consequence
        recoveredAt
        evidence {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

/** Every exposed store with its path, for the CSV of a compromise. */
export const ALL_EXPOSED = graphql(`
  query AllExposed($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
      exposurePaths {
        store {
          ...Store
        }
        path {
          id
          name
        }
        viaAccess
        harm
      }
    }
  }
`);

/** One node by id, for a scenario read from the address bar. */
export const NODE_BY_ID = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      ...NodeRef
    }
  }
`);

/** One node, its details and its neighbours, for the panel of a chosen node. */
export const NODE_DETAILS = graphql(`
  query ChosenNode($id: ID!) {
    node(id: $id) {
      ...NodeRef
      ... on CareService {
        severity
        patientsPerDay
        impactToleranceHours
        owner
      }
      ... on System {
        kind
        supplier
        hosting
        internetFacing
        owner
      }
      ... on DataStore {
        sensitivity
        records
        owner
      }
      neighbours(first: 60) {
        relationship
        direction
        effect
        capacity
        group
        share
        node {
          ...NodeRef
        }
      }
    }
  }
`);
