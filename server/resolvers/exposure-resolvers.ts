import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { assetExposurePaths } from "../analysis/exposure-paths.js";
import { upTo } from "../analysis/blast-radius.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

const FirstArg = z.object({ first: z.number().int().min(0, "first must not be negative").max(100_000).nullish() });

/** How a compromise reaches each exposed store. */
export const exposureResolvers: Resolvers = {
  BlastRadius: {
    exposurePaths: (m, args) => m.exposurePaths(parseArgs(FirstArg, args).first),
  },
  RankedAsset: {
    exposurePaths: (m) => assetExposurePaths(m.graph, m.asset, m.profile),
  },
  SupplierConcentration: {
    exposurePaths: (m, args) => upTo(assetExposurePaths(m.graph, m.supplier, m.profile), parseArgs(FirstArg, args).first),
  },
  ExposurePath: {
    store: (m, _a, ctx) => mustLoad(ctx, m.store, m.snapshot),
    path: (m, _a, ctx) => Promise.all(m.path.map((id) => mustLoad(ctx, id, m.snapshot))),
    viaAccess: (m) => m.viaAccess,
    edges: (m) => m.edges,
    harm: (m) => m.harm,
  },
};
