import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { exposurePaths, type ExposurePathRow } from "../analysis/exposure-paths.js";
import type { ExposurePathModel } from "../analysis/models.js";
import type { NodeRecord } from "../graph/nodes.js";
import type { Context } from "../context.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

const FirstArg = z.object({ first: z.number().int().min(0, "first must not be negative").max(100_000).nullish() });

/** The organisation's name for a node that has one: read through the request's node loader. */
async function organisationName(n: NodeRecord, _a: unknown, ctx: Context): Promise<string> {
  const id = String(n.props.organisation);
  const org = await ctx.nodes.load(id);
  return org ? String(org.props.name) : id;
}

const withIds = (rows: ExposurePathRow[], ids: readonly string[]): ExposurePathModel[] => rows.map((r) => ({ ...r, ids }));

/** Organisation names on nodes, and how a compromise reaches each exposed store. */
export const exposureResolvers: Resolvers = {
  CareService: { organisationName },
  System: { organisationName },
  DataStore: { organisationName },
  BlastRadius: {
    exposurePaths: (m, args) => {
      const first = parseArgs(FirstArg, args).first;
      const rows = exposurePaths(m.engine.p, m.compromised ?? [], m.profile);
      return withIds(first === null || first === undefined ? rows : rows.slice(0, first), m.engine.p.ids);
    },
  },
  RankedAsset: {
    exposurePaths: (m) => withIds(exposurePaths(m.engine.p, [m.row.node], m.profile), m.engine.p.ids),
  },
  ExposurePath: {
    store: (m, _a, ctx) => mustLoad(ctx, m.ids[m.store]!),
    path: (m, _a, ctx) => Promise.all(m.path.map((x) => mustLoad(ctx, m.ids[x]!))),
    viaAccess: (m) => m.viaAccess,
    harm: (m) => m.harm,
  },
};
