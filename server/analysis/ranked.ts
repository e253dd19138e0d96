import type { ScoringProfile } from "../engine/profile.js";
import { KIND, type KindLabel } from "../engine/projection.js";
import type { Ranking } from "../engine/ranking.js";
import { badInput } from "../errors.js";
import type { RankedAssetModel } from "./models.js";
import type { GraphSnapshot } from "./snapshot.js";

export interface RankingQuery {
  organisation?: string | null;
  labels?: readonly KindLabel[] | null;
  /** Position in the filtered ranking to start from (0-based). */
  start: number;
  first: number;
}

/** What to protect first on one graph, at one horizon and profile, read a page at a time. */
export class RankingView {
  constructor(
    readonly graph: GraphSnapshot,
    private readonly rows: Ranking,
    readonly hours: number,
    readonly profile: ScoringProfile,
    /** Ranked with each asset back at its recoveryHours (model section 9). */
    readonly recovery = false,
  ) {}

  get length(): number {
    return this.rows.length;
  }

  /** A page of the ranking, optionally of one organisation's assets and some labels, with the filtered total. */
  page(q: RankingQuery): { rows: RankedAssetModel[]; total: number } {
    const p = this.graph.projection;
    let org = -1;
    if (q.organisation) {
      org = p.indexOf.get(q.organisation) ?? -2;
      if (org < 0 || p.kind[org] !== KIND.Organisation) throw badInput(`'${q.organisation}' is not an organisation in the graph.`);
    }
    const labels = q.labels ? new Set<number>(q.labels.map((l) => KIND[l])) : null;
    const picked: number[] = [];
    let total = 0;
    for (let k = 0; k < this.rows.length; k++) {
      const node = this.rows.node[k]!;
      if (org >= 0 && p.organisation[node] !== org) continue;
      if (labels && !labels.has(p.kind[node]!)) continue;
      if (total >= q.start && picked.length < q.first) picked.push(k);
      total++;
    }
    return { rows: picked.map((k, j) => this.row(k, q.start + j + 1)), total };
  }

  /** Every asset's rank and score, by id. */
  positions(): Map<string, { rank: number; score: number }> {
    const ids = this.graph.projection.ids;
    return new Map(Array.from(this.rows.node, (x, k) => [ids[x]!, { rank: k + 1, score: this.rows.score[k]! }] as const));
  }

  private row(k: number, rank: number): RankedAssetModel {
    const r = this.rows;
    return {
      graph: this.graph,
      snapshot: this.graph.pastNodes,
      asset: this.graph.projection.ids[r.node[k]!]!,
      score: r.score[k]!,
      availabilityHarm: r.availabilityHarm[k]!,
      confidentialityHarm: r.confidentialityHarm[k]!,
      rank,
      overallRank: k + 1,
      hours: this.hours,
      profile: this.profile,
      recovery: this.recovery,
    };
  }
}
