import type { ScoringProfile } from "../engine/profile.js";
import { KIND, type KindLabel } from "../engine/projection.js";
import type { Ranking } from "../engine/ranking.js";
import { kindOf, organisationOf } from "../engine/query.js";
import { requireOrganisation } from "./args.js";
import type { RankedAssetModel } from "./models.js";
import type { GraphSnapshot } from "./snapshot.js";

/** What a ranking is read in order of: the score, or one part of it (model section 5). */
export const RANKING_ORDERS = ["TOTAL", "AVAILABILITY", "CONFIDENTIALITY"] as const;
export type RankingOrder = (typeof RANKING_ORDERS)[number];

/**
 * A ranking's positions sorted by one part of the score, made once per ranking and order: a
 * ranking is cached on its graph, and so, through it, are its orders (gone when it is).
 */
const orders = new WeakMap<Ranking, Map<RankingOrder, Int32Array>>();

function positionsBy(rows: Ranking, by: RankingOrder): Int32Array | null {
  if (by === "TOTAL") return null;
  let made = orders.get(rows);
  if (!made) orders.set(rows, (made = new Map()));
  let order = made.get(by);
  if (!order) {
    const part = by === "AVAILABILITY" ? rows.availabilityHarm : rows.confidentialityHarm;
    // Ties keep the total's order.
    order = Int32Array.from({ length: rows.length }, (_, k) => k).sort((x, y) => part[y]! - part[x]! || x - y);
    made.set(by, order);
  }
  return order;
}

export interface RankingQuery {
  organisation?: string | null;
  labels?: readonly KindLabel[] | null;
  /** Read in order of the score (the default) or of one part of it. */
  by?: RankingOrder | null;
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

  /** A page of the ranking, in the order asked, optionally of one organisation's assets and some labels, with the filtered total. */
  page(q: RankingQuery): { rows: RankedAssetModel[]; total: number } {
    const p = this.graph.projection;
    let org = -1;
    if (q.organisation) {
      org = requireOrganisation(p, q.organisation);
    }
    const labels = q.labels ? new Set<number>(q.labels.map((l) => KIND[l])) : null;
    const order = positionsBy(this.rows, q.by ?? "TOTAL");
    const picked: number[] = [];
    let total = 0;
    for (let j = 0; j < this.rows.length; j++) {
      const k = order ? order[j]! : j;
      const node = this.rows.node[k]!;
      if (org >= 0 && organisationOf(p, node) !== org) continue;
      if (labels && !labels.has(kindOf(p, node))) continue;
      if (total >= q.start && picked.length < q.first) picked.push(k);
      total++;
    }
    return { rows: picked.map((k, j) => this.row(k, q.start + j + 1)), total };
  }

  /** Every asset's rank and score, by id. */
  positions(): Map<string, { rank: number; score: number }> {
    const id = this.graph.projection.idOf;
    return new Map(Array.from(this.rows.node, (x, k) => [id(x), { rank: k + 1, score: this.rows.score[k]! }] as const));
  }

  private row(k: number, rank: number): RankedAssetModel {
    const r = this.rows;
    return {
      graph: this.graph,
      snapshot: this.graph.pastNodes,
      asset: this.graph.projection.idOf(r.node[k]!),
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
