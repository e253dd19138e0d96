import type { RecoveryPoint } from "../../components/recovery-curve.js";
import type { Severity } from "../../../../server/model/vocabulary.js";
import { NODE_REF, type NodeRef } from "../../lib/node-ref.js";

export type { NodeRef };

export type { Severity };

export interface ServiceImpact {
  /** With its own severity and impact tolerance where the query asked for them (why its consequence escalated). */
  service: NodeRef & { severity?: Severity; impactToleranceHours?: number | null };
  capability: number;
  status: "FAILED" | "DEGRADED";
  harm: number;
  consequence: Severity | null;
  /** From the service down to a lost node, each with its capability: the evidence. */
  evidence: AffectedNode[];
  /** Hours until it is back at full capability; null where not within the horizon. */
  recoveredAt?: number | null;
}

export interface AffectedGroup {
  organisation: string | null;
  organisationName?: string | null;
  region: string | null;
  label: NodeRef["label"];
  count: number;
  failed: number;
}

export type AffectedNode = { node: NodeRef; capability: number; status: "FAILED" | "DEGRADED" };

/** A compromised node, what it administers on the way, and the exposed store at the end. */
export interface ExposurePath {
  store: NodeRef & { sensitivity: string; records: number };
  path: NodeRef[];
  /** Whether the last step is an ACCESSES edge (else the store is itself administered). */
  viaAccess: boolean;
  harm: number;
}

export interface BlastRadius {
  hours: number;
  affectedCount: number;
  /** Every affected node while there are at most AFFECTED_LIMIT; none past it (the view then groups them). */
  affected: AffectedNode[];
  /** By organisation and kind, while there are at most GROUP_LIMIT groups; none past it (the view then groups by region). */
  affectedGroups: AffectedGroup[];
  /** By region and kind: what a national-scale radius is drawn as. */
  regionGroups: AffectedGroup[];
  careServiceCount: number;
  /** The most harmed SERVICE_LIMIT. */
  careServices: ServiceImpact[];
  exposedCount: number;
  exposedDataStores: NodeRef[];
  /** How each listed exposed store is reached; none without a compromise. */
  exposurePaths: ExposurePath[];
  availabilityHarm: number;
  confidentialityHarm: number;
  totalHarm: number;
  consequence: Severity | null;
  profile: string;
  impactOverTime: Array<{ hours: number; harm: number; consequence: Severity | null }>;
  recovery?: RecoveryPoint[];
}

/** How many affected nodes the view asks for; the rest are counted, not drawn. */
export const AFFECTED_LIMIT = 300;
/** How many care services (most harmed first) and exposed stores the view lists and draws. */
export const SERVICE_LIMIT = 100;
/** Past AFFECTED_LIMIT, the graph draws only the most harmed of the listed services, to stay legible. */
export const DRAWN_SERVICE_LIMIT = 30;
export const EXPOSED_LIMIT = 50;
/** Beyond this many organisation groups, the rest are drawn by region instead. */
export const GROUP_LIMIT = 150;

const STORE_FIELDS = "id name label organisation organisationName sensitivity records";

export const AFFECTED_FRAGMENT = `fragment Affected on AffectedNode { node { ${NODE_REF} } capability status }`;

const GROUP_FIELDS = "organisation organisationName region label count failed";
const SERVICE_FIELDS = `service { id name label organisation organisationName severity impactToleranceHours } capability status harm consequence evidence { node { ${NODE_REF} } capability status } recoveredAt`;

/** The horizons the impact curve is drawn at: 1 hour to 30 days. */
export const CURVE_HOURS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];

export const BLAST_RADIUS = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $curve: [Float!]) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
    hours affectedCount careServiceCount exposedCount
    affected(first: ${AFFECTED_LIMIT}, complete: true) { ...Affected }
    affectedGroups(first: ${GROUP_LIMIT}, complete: true) { ${GROUP_FIELDS} }
    regionGroups: affectedGroups(by: REGION) { ${GROUP_FIELDS} }
    careServices(first: ${SERVICE_LIMIT}) { ${SERVICE_FIELDS} }
    exposedDataStores(first: ${EXPOSED_LIMIT}) { id name label }
    exposurePaths(first: ${EXPOSED_LIMIT}) { store { ${STORE_FIELDS} } path { ${NODE_REF} } viaAccess harm }
    availabilityHarm confidentialityHarm totalHarm consequence profile
    impactOverTime(hours: $curve) { hours harm consequence }
    recovery { hours restored { id name } capability harm }
  } }
  ${AFFECTED_FRAGMENT}`;

/** Up to a thousand members of one group are drawn at a time. */
export const MEMBER_LIMIT = 1000;

export const GROUP_MEMBERS = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $labels: [NodeLabel!], $org: ID, $region: String) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) {
    affected(first: ${MEMBER_LIMIT}, labels: $labels, organisation: $org, region: $region) { ...Affected } } }
  ${AFFECTED_FRAGMENT}`;

/** The organisation groups of one region, to open a region group. */
export const REGION_GROUPS = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean, $region: String!, $labels: [NodeLabel!], $first: Int!) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { affectedGroups(region: $region, labels: $labels, first: $first) { ${GROUP_FIELDS} } } }`;

/** Every affected service, its evidence by id only, for the CSV of a large blast radius. */
export const ALL_SERVICES = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { careServices { service { id name label organisation organisationName } capability status harm consequence recoveredAt evidence { node { id } } } } }`;

/** Every exposed store with its path, for the CSV of a compromise. */
export const ALL_EXPOSED = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $recovery: Boolean) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours, recovery: $recovery) { exposurePaths { store { ${STORE_FIELDS} } path { id } viaAccess harm } } }`;
/** Nodes by id, for a scenario read from the address bar. */
export const nodesById = (ids: readonly string[]): string =>
  `query(${ids.map((_, i) => `$i${i}: ID!`).join(", ")}) { ${ids.map((_, i) => `n${i}: node(id: $i${i}) { ${NODE_REF} }`).join(" ")} }`;

/** One node, its details and its neighbours, for the panel of a chosen node. */
export const NODE_DETAILS = `query($id: ID!) { node(id: $id) {
  ${NODE_REF}
  ... on CareService { severity patientsPerDay impactToleranceHours owner }
  ... on System { kind internetFacing owner }
  ... on DataStore { sensitivity records owner }
  neighbours(first: 60) { relationship direction effect capacity group share node { ${NODE_REF} } } } }`;

