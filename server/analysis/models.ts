import type { ScoringProfile } from "../engine/profile.js";
import { STOPPED } from "../engine/projection.js";
import type { NodeRecord } from "../graph/nodes.js";
import type { ExplanationEdgeModel } from "./explanation-edges.js";
import type { GraphSnapshot } from "./snapshot.js";

/** Nodes as they stood at a past time, for answers about the graph as of then. */
export type NodeSnapshot = ReadonlyMap<string, NodeRecord>;

/** What the analysis service hands to the resolvers: engine results with node indices turned into ids. */
export interface ServiceImpactModel {
  snapshot?: NodeSnapshot;
  service: string;
  capability: number;
  harm: number;
  consequence: number;
  path: string[];
  pathCapability: number[];
  /** The path's steps, each marked where hosting implies it. */
  edges: ExplanationEdgeModel[];
  /** Set where the scenario has restorations (model section 9). */
  recoveredAt?: number | null;
}

export interface AffectedNodeModel {
  snapshot?: NodeSnapshot;
  id: string;
  capability: number;
}

export interface ImpactPointModel {
  hours: number;
  harm: number;
  consequence: number;
}

/** How a compromise reaches one exposed store, in ids: from a compromised node to the store. */
export interface ExposurePathModel {
  snapshot?: NodeSnapshot;
  store: string;
  path: string[];
  viaAccess: boolean;
  harm: number;
  /** The path's steps, each marked where hosting implies it. */
  edges: ExplanationEdgeModel[];
}

export interface RankedAssetModel {
  /** The graph the ranking was made of, for the row's explanation. */
  graph: GraphSnapshot;
  snapshot?: NodeSnapshot;
  asset: string;
  score: number;
  availabilityHarm: number;
  confidentialityHarm: number;
  rank: number;
  overallRank: number;
  hours: number;
  profile: ScoringProfile;
  /** Ranked with each asset back at its recoveryHours. */
  recovery?: boolean;
}

export interface SupplierConcentrationModel {
  /** The graph it was worked out on, for its exposure paths. */
  graph: GraphSnapshot;
  profile: ScoringProfile;
  supplier: string;
  organisations: string[];
  services: ServiceImpactModel[];
  availabilityHarm: number;
  confidentialityHarm: number;
  exposed: string[];
  recordsExposed: number;
  consequence: number;
}

export const status = (capability: number): "FAILED" | "DEGRADED" => (capability < STOPPED ? "FAILED" : "DEGRADED");
