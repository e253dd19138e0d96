import type { Severity } from "../../../../server/model/vocabulary.js";
import { graphql } from "../../gql/gql.js";
import type { AffectedFragment, BlastRadiusQuery } from "../../gql/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";

export type { NodeRef };

export type { Severity };

type Radius = BlastRadiusQuery["blastRadius"];

/** A node below full capability, read as a NodeRef whatever its kind. */
export type AffectedNode = Omit<AffectedFragment, "node"> & { node: NodeRef };

/** An affected service, its evidence from the service down to a lost node. */
export type ServiceImpact = Omit<Radius["careServices"][number], "evidence"> & { evidence: AffectedNode[] };

/** Affected nodes counted by organisation (or region) and kind. */
export type AffectedGroup = Radius["affectedGroups"][number];

/** A compromised node, what it administers on the way, and the exposed store at the end. */
export type ExposurePath = Omit<Radius["exposurePaths"][number], "path"> & { path: NodeRef[] };

/**
 * A blast radius as the view holds it: `affected` every affected node while there are at most
 * AFFECTED_LIMIT, none past it (the view then groups them); `affectedGroups` by organisation
 * while there are at most GROUP_LIMIT groups, none past it (the view then groups by region);
 * `regionGroups` by region; `careServices` the most harmed SERVICE_LIMIT.
 */
export type BlastRadius = Omit<Radius, "affected" | "careServices" | "exposurePaths"> & {
  affected: AffectedNode[];
  careServices: ServiceImpact[];
  exposurePaths: ExposurePath[];
};

/** How many affected nodes the view asks for; the rest are counted, not drawn. */
export const AFFECTED_LIMIT = 300;
/** How many care services (most harmed first) and exposed stores the view lists and draws. */
export const SERVICE_LIMIT = 100;
/** Past AFFECTED_LIMIT, the graph draws only the most harmed of the listed services, to stay legible. */
export const DRAWN_SERVICE_LIMIT = 30;
export const EXPOSED_LIMIT = 50;
/** Beyond this many organisation groups, the rest are drawn by region instead. */
export const GROUP_LIMIT = 150;

graphql(`
  fragment Affected on AffectedNode {
    node {
      ...NodeRef
    }
    capability
    status
  }
`);
graphql(`
  fragment Group on AffectedGroup {
    organisation
    organisationName
    region
    label
    count
    failed
  }
`);
graphql(`
  fragment Store on DataStore {
    id
    name
    label
    organisation
    organisationName
    sensitivity
    records
  }
`);

/** The horizons the impact curve is drawn at: 1 hour to 30 days. */
export const CURVE_HOURS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];

/** How many of each list the view asks for. */
export const LIMITS = {
  affectedFirst: AFFECTED_LIMIT,
  groupFirst: GROUP_LIMIT,
  serviceFirst: SERVICE_LIMIT,
  exposedFirst: EXPOSED_LIMIT,
  curve: CURVE_HOURS,
};

export const BLAST_RADIUS = graphql(`
  query BlastRadius(
    $lost: [ID!]!
    $compromised: [ID!]!
    $hours: Float!
    $recovery: Boolean
    $curve: [Float!]
    $affectedFirst: Int!
    $groupFirst: Int!
    $serviceFirst: Int!
    $exposedFirst: Int!
  ) {
    blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
      hours
      affectedCount
      careServiceCount
      exposedCount
      affected(first: $affectedFirst, complete: true) {
        ...Affected
      }
      affectedGroups(first: $groupFirst, complete: true) {
        ...Group
      }
      regionGroups: affectedGroups(by: REGION) {
        ...Group
      }
      careServices(first: $serviceFirst) {
        service {
          id
          name
          label
          organisation
          organisationName
          severity
          impactToleranceHours
        }
        capability
        status
        harm
        consequence
        evidence {
          ...Affected
        }
        recoveredAt
        edges {
          implied
        }
      }
      exposedDataStores(first: $exposedFirst) {
        id
        name
        label
      }
      exposurePaths(first: $exposedFirst) {
        store {
          ...Store
        }
        path {
          ...NodeRef
        }
        viaAccess
        harm
      }
      availabilityHarm
      confidentialityHarm
      totalHarm
      consequence
      profile
      patientsDisruptedPerDay
      servicesStopped
      servicesDegraded
      recordsExposed
      impactOverTime(hours: $curve) {
        hours
        harm
        consequence
      }
      recovery {
        ...RecoveryCurvePoint
      }
    }
  }
`);
