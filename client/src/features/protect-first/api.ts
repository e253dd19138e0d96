import type { NodeRef } from "../../lib/node-ref.js";

export type RankingOrder = "TOTAL" | "AVAILABILITY" | "CONFIDENTIALITY";
export type Kind = "" | "System" | "DataStore" | "Supplier";

export interface Row {
  rank: number;
  overallRank: number;
  asset: NodeRef;
  score: number;
  availabilityHarm: number;
  confidentialityHarm: number;
}
export interface Edge {
  cursor: string;
  node: Row;
}
export interface RankingPage {
  totalCount: number;
  profile: string;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}
export interface Explanation {
  careServices: Array<{ service: { name: string; organisationName: string }; harm: number; consequence: string | null; path: Array<{ name: string }> }>;
  exposurePaths: Array<{ store: { name: string; organisationName: string; sensitivity: string; records: number }; path: Array<{ name: string }>; harm: number }>;
}

export const PAGE_SIZE = 50;
const ASSET = "id name label ... on System { organisation organisationName } ... on DataStore { organisation organisationName }";

export const RANKING = `query($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {
  protectFirst(hours: $hours, first: ${PAGE_SIZE}, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) {
    totalCount profile pageInfo { hasNextPage endCursor }
    edges { cursor node { rank overallRank score availabilityHarm confidentialityHarm asset { ${ASSET} } } } } }`;

export const EXPLAIN = `query($hours: Float!, $org: ID, $labels: [NodeLabel!], $by: RankingOrder, $recovery: Boolean, $after: String) {
  protectFirst(hours: $hours, first: 1, organisation: $org, labels: $labels, by: $by, recovery: $recovery, after: $after) { edges { node {
    careServices { service { name organisationName } harm consequence path { name } }
    exposurePaths { store { name organisationName sensitivity records } path { name } harm } } } } }`;
