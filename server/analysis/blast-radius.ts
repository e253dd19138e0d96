import type { ScoringProfile } from "../engine/profile.js";
import type { KindLabel } from "../engine/projection.js";
import {
  groupAffected,
  labelSet,
  matches,
  organisationCode,
  regionCode,
  type AffectedFilter,
  type GroupCount,
  type Grouping,
} from "./blast-views.js";
import { exposurePathsOf } from "./exposure-paths.js";
import { storesBySensitivity } from "../engine/query.js";
import { peopleCounts, type PeopleCounts } from "../engine/people.js";
import { dependencySteps } from "./explanation-edges.js";
import type { AffectedNodeModel, ExposurePathModel, ServiceImpactModel } from "./models.js";
import { startPoint, type OverTimeColumns } from "./recovery-jobs.js";
import { pointsInIds, type RecoveryPointModel } from "./recovery-models.js";
import type { ScenarioColumns, ServiceColumns } from "./scenario-columns.js";
import type { GraphSnapshot } from "./snapshot.js";

export interface AffectedQuery {
  first?: number | null;
  labels?: readonly KindLabel[] | null;
  organisation?: string | null;
  region?: string | null;
  /** None unless every matching node fits in `first`. */
  complete?: boolean | null;
}

/** At most `first` of the list, or all of it; with `complete`, none unless all of it fits. */
export const upTo = <T>(xs: readonly T[], first: number | null | undefined, complete = false): T[] =>
  first === null || first === undefined ? [...xs] : complete && xs.length > first ? [] : xs.slice(0, first);

/**
 * A blast radius as the API reads it: every answer in ids, every large list paged or grouped
 * on request. The engine's columns stay inside.
 */
export class BlastRadiusAnswer {
  constructor(
    readonly graph: GraphSnapshot,
    /** With restorations (model section 9), the scenario over time. */
    private readonly r: ScenarioColumns | OverTimeColumns,
    readonly profile: ScoringProfile,
    /** The compromised nodes' indices, where exposure paths start. */
    private readonly compromised: readonly number[],
    private readonly curveOf: (horizons: number[]) => Promise<Array<{ hours: number; harm: number; consequence: number }>>,
  ) {}

  get hours(): number {
    return this.r.hours;
  }
  get affectedCount(): number {
    return this.r.affectedNode.length;
  }
  get careServiceCount(): number {
    return this.r.serviceNode.length;
  }
  get exposedCount(): number {
    return this.r.exposed.length;
  }
  get availabilityHarm(): number {
    return this.r.availabilityHarm;
  }
  get confidentialityHarm(): number {
    return this.r.confidentialityHarm;
  }
  get totalHarm(): number {
    return this.r.totalHarm;
  }
  /** Highest DCB0160 level 1..5 reached, 0 for none. */
  get consequence(): number {
    return this.r.consequence;
  }
  /** The scenario in people, unweighted: worked out once, when first asked. */
  get people(): PeopleCounts {
    this.counted ??= peopleCounts(this.graph.projection, this.r.serviceNode, this.r.serviceCapability, this.r.exposed);
    return this.counted;
  }
  private counted: PeopleCounts | undefined;

  affected(q: AffectedQuery): AffectedNodeModel[] {
    const p = this.graph.projection;
    const filter: AffectedFilter = {
      labels: labelSet(q.labels),
      organisation: q.organisation === null || q.organisation === undefined ? null : organisationCode(p, q.organisation),
      region: q.region === null || q.region === undefined ? null : regionCode(p, q.region),
    };
    const out: AffectedNodeModel[] = [];
    const limit = q.first ?? Number.POSITIVE_INFINITY;
    // A complete list looks one past the limit, to know whether there is more.
    const wanted = q.complete ? limit + 1 : limit;
    for (let k = 0; k < this.r.affectedNode.length && out.length < wanted; k++) {
      const node = this.r.affectedNode[k]!;
      if (matches(p, node, filter))
        out.push({ id: p.idOf(node), capability: this.r.affectedCapability[k]!, snapshot: this.graph.pastNodes });
    }
    return out.length > limit ? [] : out;
  }

  groups(
    by: Grouping,
    region: string | null | undefined,
    labels: readonly KindLabel[] | null | undefined,
    first: number | null | undefined,
    complete = false,
  ): GroupCount[] {
    const p = this.graph.projection;
    const code = region === null || region === undefined ? null : regionCode(p, region);
    return upTo(groupAffected(p, this.r.affectedNode, this.r.affectedCapability, by, code, labelSet(labels)), first, complete);
  }

  /** The care services affected, most harmed first. */
  services(first?: number | null): ServiceImpactModel[] {
    const count = Math.min(this.r.serviceNode.length, first ?? Number.POSITIVE_INFINITY);
    return Array.from({ length: count }, (_, k) => serviceAt(this.graph, this.r, k));
  }

  /** Exposed data stores' ids, most sensitive first, then most records. */
  exposed(first?: number | null): string[] {
    const p = this.graph.projection;
    return upTo(storesBySensitivity(p, this.r.exposed), first).map((i) => p.idOf(i));
  }

  /** How the compromise reaches each exposed store, largest part of the harm first; a walk over the projection, cheap enough for the main thread. */
  exposurePaths(first?: number | null): ExposurePathModel[] {
    return exposurePathsOf(this.graph, this.compromised, this.profile, first);
  }

  controlled(): string[] {
    return Array.from(this.r.controlled, (i) => this.graph.projection.idOf(i));
  }

  /** When nodes come back and what care is delivered from then; a scenario without restorations has its start alone. */
  recovery(): RecoveryPointModel[] {
    const p = this.graph.projection;
    if ("timeline" in this.r) return pointsInIds(p.idOf, this.r.timeline);
    return pointsInIds(p.idOf, [startPoint(p, this.r.serviceNode, this.r.serviceCapability)]);
  }

  curve(horizons: number[]): Promise<Array<{ hours: number; harm: number; consequence: number }>> {
    return this.curveOf(horizons);
  }
}

/** Service k of scenario columns, with its evidence path, in ids. */
export function serviceAt(
  graph: GraphSnapshot,
  r: ServiceColumns & Partial<Pick<OverTimeColumns, "serviceRecoveredAt">>,
  k: number,
): ServiceImpactModel {
  const id = graph.projection.idOf;
  const from = r.pathStart[k]!;
  const to = r.pathStart[k + 1]!;
  return {
    snapshot: graph.pastNodes,
    service: id(r.serviceNode[k]!),
    capability: r.serviceCapability[k]!,
    harm: r.serviceHarm[k]!,
    consequence: r.serviceConsequence[k]!,
    path: Array.from(r.pathNode.subarray(from, to), id),
    pathCapability: Array.from(r.pathCapability.subarray(from, to)),
    edges: dependencySteps(graph.projection, r.pathNode.subarray(from, to), graph.pastNodes),
    recoveredAt: r.serviceRecoveredAt ? nullIfNaN(r.serviceRecoveredAt[k]!) : undefined,
  };
}

const nullIfNaN = (x: number): number | null => (Number.isNaN(x) ? null : x);
