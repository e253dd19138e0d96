import { z } from "zod";
import { Hours, parseArgs, ProfileInput, toProfile } from "../analysis/args.js";
import { RANKING_ORDERS, type RankingOrder } from "../analysis/ranked.js";
import { badInput } from "../base/errors.js";
import { NODE_LABELS } from "../model/enums.js";
import type { Context } from "../graphql/context.js";

const Args = z.object({
  hours: Hours,
  first: z.number().int().min(1, "first must be at least 1").max(500, "first must be at most 500").nullish(),
  after: z.string().max(200).nullish(),
  organisation: z.string().min(1).max(128).nullish(),
  labels: z.array(z.enum(NODE_LABELS)).nullish(),
  profile: ProfileInput,
  asOf: z.date().nullish(),
  recovery: z.boolean().nullish(),
  by: z.enum(RANKING_ORDERS).nullish(),
});

/**
 * Cursors name the graph they page through (a live version, or a point in history), then the
 * ranking (r: with recovery) and its order (a, c), so a page never silently skips or repeats.
 */
const encode = (graph: string, ranking: string, offset: number): string =>
  Buffer.from(`${graph}${ranking}:${offset}`).toString("base64url");
function decode(cursor: string, graph: string, ranking: string): number {
  const m = /^([vh]\d+)(r?[ac]?):(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput("after is not a cursor from this ranking.");
  if (m[1] !== graph) throw badInput("The graph changed since this cursor was issued; start the ranking again.");
  if (m[2] !== ranking)
    throw badInput("after is a cursor from another ranking (with or without recovery, or in another order); start the ranking again.");
  return Number(m[3]);
}

const ORDER_MARK: Record<RankingOrder, string> = { TOTAL: "", AVAILABILITY: "a", CONFIDENTIALITY: "c" };

export async function protectFirst(args: unknown, ctx: Context) {
  const a = parseArgs(Args, args);
  const graph = await ctx.graph(a.asOf);
  const ranking = await ctx.analysis.ranking(graph, a.hours, toProfile(a.profile), a.recovery ?? false);
  // Cursors name the ranking and its order too, so a page of one is never read as a page of another.
  const name = `${a.recovery ? "r" : ""}${ORDER_MARK[a.by ?? "TOTAL"]}`;
  const start = a.after ? decode(a.after, graph.key, name) + 1 : 0;
  const first = a.first ?? 20;
  const { rows, total } = ranking.page({ organisation: a.organisation, labels: a.labels, by: a.by, start, first });
  const edges = rows.map((node, k) => ({ cursor: encode(graph.key, name, start + k), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
    hours: a.hours,
    profile: ranking.profile.name,
  };
}
