import type { Engine, ScenarioResult, ServiceImpact } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import type { RankedRow } from "../engine/ranking.js";
import { SEVERITIES } from "../model/enums.js";
import type { NodeRecord } from "../graph/nodes.js";

/** Nodes as they stood at a past time, for answers about the graph as of then. */
export type NodeSnapshot = ReadonlyMap<string, NodeRecord>;

/** What the analysis resolvers hand to GraphQL: engine results with node indices turned into ids. */
export interface ServiceImpactModel {
  snapshot?: NodeSnapshot;
  service: string;
  capability: number;
  harm: number;
  consequence: number;
  path: string[];
  pathCapability: number[];
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

export interface BlastRadiusModel {
  engine: Engine;
  result: ScenarioResult;
  profile: ScoringProfile;
  /** The compromised nodes' indices, where exposure paths start. */
  compromised?: readonly number[];
}

/** One exposed store's path, by node index, with the ids to name them. */
export interface ExposurePathModel {
  store: number;
  path: number[];
  viaAccess: boolean;
  harm: number;
  ids: readonly string[];
}

export interface RankedAssetModel {
  snapshot?: NodeSnapshot;
  engine: Engine;
  row: RankedRow;
  rank: number;
  overallRank: number;
  hours: number;
  profile: ScoringProfile;
}

export interface SupplierConcentrationModel {
  supplier: string;
  organisations: string[];
  services: ServiceImpactModel[];
  harm: number;
  consequence: number;
}

export function serviceImpactModel(engine: Engine, s: ServiceImpact, snapshot?: NodeSnapshot): ServiceImpactModel {
  const ids = engine.p.ids;
  return { snapshot, service: ids[s.service]!, capability: s.capability, harm: s.harm, consequence: s.consequence, path: s.path.map((i) => ids[i]!), pathCapability: s.pathCapability };
}

/** Level 1..5 to its DCB0160 name; 0 (no care lost) to null. */
export function severityName(level: number): (typeof SEVERITIES)[number] | null {
  return level >= 1 ? SEVERITIES[level - 1]! : null;
}

export const status = (capability: number): "FAILED" | "DEGRADED" => (capability < 1e-9 ? "FAILED" : "DEGRADED");
