import { serviceImpactModel } from "../analysis/models.js";
import type { RankedAssetModel } from "../analysis/models.js";
import type { ScenarioResult } from "../engine/engine.js";
import { scenarioOverTime } from "../engine/recovery.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

const explained = new WeakMap<RankedAssetModel, ScenarioResult>();

/** The explanation of a ranked row is computed only when asked: the same scenario the score came from. */
function explain(m: RankedAssetModel): ScenarioResult {
  let r = explained.get(m);
  if (!r) {
    const sc = { lost: [m.row.node], compromised: [m.row.node], hours: m.hours };
    const own = m.engine.p.recoveryHours[m.row.node]!;
    r = m.recovery ? scenarioOverTime(m.engine, sc, new Map(Number.isNaN(own) ? [] : [[m.row.node, own]]), m.profile) : m.engine.scenario(sc, m.profile);
    explained.set(m, r);
  }
  return r;
}

export const rankedAssetResolvers: Resolvers = {
  RankedAsset: {
    rank: (m) => m.rank,
    overallRank: (m) => m.overallRank,
    asset: (m, _a, ctx) => mustLoad(ctx, m.engine.p.ids[m.row.node]!, m.snapshot),
    score: (m) => m.row.score,
    availabilityHarm: (m) => m.row.availabilityHarm,
    confidentialityHarm: (m) => m.row.confidentialityHarm,
    careServices: (m) => explain(m).services.map((s) => serviceImpactModel(m.engine, s, m.snapshot)),
    exposedDataStores: async (m, _a, ctx) => {
      const r = explain(m);
      return Promise.all([...r.exposed].map((i) => mustLoad(ctx, m.engine.p.ids[i]!, m.snapshot)));
    },
  },
};
