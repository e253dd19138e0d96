import { z } from "zod";
import { Hours, parseArgs, ProfileInput, toProfile } from "../analysis/args.js";
import { badInput } from "../errors.js";
import { NODE_LABELS } from "../model/enums.js";
import type { Context } from "../context.js";

const Args = z.object({
  hours: Hours,
  first: z.number().int().min(1, "first must be at least 1").max(500, "first must be at most 500").nullish(),
  after: z.string().max(200).nullish(),
  organisation: z.string().min(1).max(128).nullish(),
  labels: z.array(z.enum(NODE_LABELS)).nullish(),
  profile: ProfileInput,
  asOf: z.date().nullish(),
  recovery: z.boolean().nullish(),
});

/**
 * Cursors name the graph they page through (a live version, or a point in history), so a page
 * never silently skips or repeats.
 */
const encode = (graph: string, offset: number): string => Buffer.from(`${graph}:${offset}`).toString("base64url");
function decode(cursor: string, graph: string): number {
  const m = /^([vh]\d+r?):(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput("after is not a cursor from this ranking.");
  if (m[1] !== graph) throw badInput("The graph changed since this cursor was issued; start the ranking again.");
  return Number(m[2]);
}

export async function protectFirst(args: unknown, ctx: Context) {
  const a = parseArgs(Args, args);
  const graph = await ctx.graph(a.asOf);
  const ranking = await ctx.analysis.ranking(graph, a.hours, toProfile(a.profile), a.recovery ?? false);
  // Cursors name the ranking too, so a page of one ranking is never read as a page of the other.
  const name = a.recovery ? `${graph.key}r` : graph.key;
  const start = a.after ? decode(a.after, name) + 1 : 0;
  const first = a.first ?? 20;
  const { rows, total } = ranking.page({ organisation: a.organisation, labels: a.labels, start, first });
  const edges = rows.map((node, k) => ({ cursor: encode(name, start + k), node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
    hours: a.hours,
    profile: ranking.profile.name,
  };
}
