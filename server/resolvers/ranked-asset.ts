import type { BlastRadiusAnswer } from "../analysis/blast-radius.js";
import type { RankedAssetModel } from "../analysis/models.js";
import type { Context } from "../graphql/context.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

const explained = new WeakMap<RankedAssetModel, Promise<BlastRadiusAnswer>>();

/** The explanation of a ranked row is computed only when asked: the same scenario the score came from. */
function explain(m: RankedAssetModel, ctx: Context): Promise<BlastRadiusAnswer> {
  let r = explained.get(m);
  if (!r) {
    r = ctx.analysis.blastRadius(m.graph, {
      lost: [m.asset],
      compromised: [m.asset],
      hours: m.hours,
      profile: m.profile,
      recovery: m.recovery,
    });
    explained.set(m, r);
  }
  return r;
}

export const rankedAssetResolvers: Resolvers = {
  RankedAsset: {
    rank: (m) => m.rank,
    overallRank: (m) => m.overallRank,
    asset: (m, _a, ctx) => mustLoad(ctx, m.asset, m.snapshot),
    score: (m) => m.score,
    availabilityHarm: (m) => m.availabilityHarm,
    confidentialityHarm: (m) => m.confidentialityHarm,
    careServices: async (m, _a, ctx) => (await explain(m, ctx)).services(),
    exposedDataStores: async (m, _a, ctx) => Promise.all((await explain(m, ctx)).exposed().map((id) => mustLoad(ctx, id, m.snapshot))),
    patientsDisruptedPerDay: async (m, _a, ctx) => (await explain(m, ctx)).people.patientsDisruptedPerDay,
    servicesStopped: async (m, _a, ctx) => (await explain(m, ctx)).people.servicesStopped,
    servicesDegraded: async (m, _a, ctx) => (await explain(m, ctx)).people.servicesDegraded,
    recordsExposed: async (m, _a, ctx) => (await explain(m, ctx)).people.recordsExposed,
  },
};
