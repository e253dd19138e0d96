export interface NodeRef {
  id: string;
  name: string;
  label: "Organisation" | "CareService" | "System" | "DataStore" | "Supplier";
}

export type Severity = "MINOR" | "SIGNIFICANT" | "CONSIDERABLE" | "MAJOR" | "CATASTROPHIC";

export interface ServiceImpact {
  service: NodeRef & { organisation?: string };
  capability: number;
  status: "FAILED" | "DEGRADED";
  harm: number;
  consequence: Severity | null;
  path: NodeRef[];
}

export interface AffectedGroup {
  organisation: string | null;
  label: NodeRef["label"];
  count: number;
  failed: number;
}

export type AffectedNode = { node: NodeRef & { organisation?: string }; capability: number; status: "FAILED" | "DEGRADED" };

export interface BlastRadius {
  hours: number;
  affectedCount: number;
  affected: AffectedNode[];
  affectedGroups: AffectedGroup[];
  careServices: ServiceImpact[];
  exposedDataStores: NodeRef[];
  availabilityHarm: number;
  confidentialityHarm: number;
  totalHarm: number;
  consequence: Severity | null;
  profile: string;
  impactOverTime: Array<{ hours: number; harm: number; consequence: Severity | null }>;
}

/** How many affected nodes the view asks for; the rest are counted, not drawn. */
export const AFFECTED_LIMIT = 300;

export const AFFECTED_FRAGMENT = `fragment Affected on AffectedNode { node { id name label
  ... on System { organisation } ... on DataStore { organisation } ... on CareService { organisation } } capability status }`;

export const BLAST_RADIUS = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $limit: Int) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours) {
    hours affectedCount
    affected(first: $limit) { ...Affected }
    affectedGroups { organisation label count failed }
    careServices { service { id name label organisation } capability status harm consequence path { id name label } }
    exposedDataStores { id name label }
    availabilityHarm confidentialityHarm totalHarm consequence profile
    impactOverTime { hours harm consequence }
  } }
  ${AFFECTED_FRAGMENT}`;

export const GROUP_MEMBERS = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!, $labels: [NodeLabel!], $org: ID) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours) { affected(first: 1000, labels: $labels, organisation: $org) { ...Affected } } }
  ${AFFECTED_FRAGMENT}`;

export const SEARCH = `query($text: String!) { searchNodes(text: $text, first: 10) { id name label } }`;
