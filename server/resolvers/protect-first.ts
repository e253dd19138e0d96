import { z } from "zod";
import { Hours, parseArgs, ProfileInput, toProfile } from "../analysis/args.js";
import type { RankedAssetModel } from "../analysis/models.js";
import { KIND } from "../engine/projection.js";
import { rankAssets, rowAt } from "../engine/ranking.js";
import { engineAsOf } from "../history/as-of.js";
import { badInput } from "../errors.js";
import type { Context } from "../context.js";

const Args = z.object({
  hours: Hours,
  first: z.number().int().min(1, "first must be at least 1").max(500, "first must be at most 500").nullish(),
  after: z.string().max(200).nullish(),
  organisation: z.string().min(1).max(128).nullish(),
  labels: z.array(z.enum(["System", "DataStore", "Supplier", "Organisation", "CareService"])).nullish(),
  profile: ProfileInput,
  asOf: z.date().nullish(),
  by: z.enum(["TOTAL", "AVAILABILITY", "CONFIDENTIALITY"]).nullish(),
});

/**
 * Cursors name the graph they page through (a live version, or a point in history), so a page
 * never silently skips or repeats.
 */
const encode = (graph: string, offset: number): string => Buffer.from(`${graph}:${offset}`).toString("base64url");
function decode(cursor: string, graph: string): number {
  const m = /^([vh]\d+):(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m) throw badInput("after is not a cursor from this ranking.");
  if (m[1] !== graph) throw badInput("The graph changed since this cursor was issued; start the ranking again.");
  return Number(m[2]);
}

export async function protectFirst(args: unknown, ctx: Context) {
  const a = parseArgs(Args, args);
  const profile = toProfile(a.profile);
  const past = a.asOf ? await engineAsOf(ctx.db, a.asOf) : null;
  const { engine, rows, graph } = past
    ? { engine: past.engine, rows: rankAssets(past.engine, a.hours, profile), graph: `h${past.seq}` }
    : await ctx.analysis.ranking(a.hours, profile, ctx.graphVersion).then((r) => ({ ...r, graph: `v${r.version}` }));
  const p = engine.p;
  let org = -1;
  if (a.organisation) {
    org = p.indexOf.get(a.organisation) ?? -2;
    if (org < 0 || p.kind[org] !== KIND.Organisation) throw badInput(`'${a.organisation}' is not an organisation in the graph.`);
  }
  const labels = a.labels ? new Set<number>(a.labels.map((l) => KIND[l])) : null;
  const filtered: Array<{ index: number; overallRank: number }> = [];
  for (let k = 0; k < rows.length; k++) {
    const node = rows.node[k]!;
    if (org >= 0 && p.organisation[node] !== org) continue;
    if (labels && !labels.has(p.kind[node]!)) continue;
    filtered.push({ index: k, overallRank: k + 1 });
  }
  // Ranked apart: by care lost or by data exposed alone (stable, so ties keep the total's order).
  const part = a.by === "AVAILABILITY" ? rows.availabilityHarm : a.by === "CONFIDENTIALITY" ? rows.confidentialityHarm : null;
  if (part) filtered.sort((x, y) => part[y.index]! - part[x.index]!);
  const start = a.after ? decode(a.after, graph) + 1 : 0;
  const first = a.first ?? 20;
  const page = filtered.slice(start, start + first);
  const edges = page.map((f, k) => {
    const node: RankedAssetModel = { snapshot: past?.snapshot, engine, row: rowAt(rows, f.index), rank: start + k + 1, overallRank: f.overallRank, hours: a.hours, profile };
    return { cursor: encode(graph, start + k), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: start + first < filtered.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: filtered.length,
    hours: a.hours,
    profile: profile.name,
  };
}
