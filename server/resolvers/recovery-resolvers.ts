import { z } from "zod";
import { Hours, IdList, parseArgs, ProfileInput, toProfile } from "../analysis/args.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

const BreachArgs = z.object({
  organisation: z.string().min(1).max(128).nullish(),
  first: z.number().int().min(0).max(100_000).nullish(),
  offset: z.number().int().min(0, "offset must be 0 or more").nullish(),
});
const PlanArgs = z.object({
  lost: IdList.min(1, "name at least one lost node").max(200, "at most 200 lost nodes"),
  teams: z.number().int().min(1, "teams must be at least 1").max(100, "teams must be at most 100"),
  hours: Hours.refine((h) => h > 0, "hours must be above 0"),
  profile: ProfileInput,
});

export const recoveryResolvers: Resolvers = {
  Query: {
    toleranceBreaches: async (_p, args, ctx) => {
      const a = parseArgs(BreachArgs, args);
      return (await ctx.analysis.toleranceBreaches(await ctx.graph())).page(a.organisation, a.first ?? 100, a.offset ?? 0);
    },
    toleranceBreachCount: async (_p, args, ctx) => {
      const a = parseArgs(BreachArgs, args);
      return (await ctx.analysis.toleranceBreaches(await ctx.graph())).count(a.organisation);
    },
    toleranceBreachServiceCount: async (_p, args, ctx) => {
      const a = parseArgs(BreachArgs, args);
      return (await ctx.analysis.toleranceBreaches(await ctx.graph())).serviceCount(a.organisation);
    },
    recoveryPlan: async (_p, args, ctx) => {
      const a = parseArgs(PlanArgs, args);
      return ctx.analysis.recoveryPlan(await ctx.graph(), { lost: a.lost, teams: a.teams, hours: a.hours, profile: toProfile(a.profile) });
    },
  },
  ToleranceBreach: {
    service: (m, _a, ctx) => mustLoad(ctx, m.service),
    through: (m, _a, ctx) => mustLoad(ctx, m.through),
    reason: (m) => (m.recoveryHours === null ? "NO_RECOVERY_TIME" : "RECOVERY_ABOVE_TOLERANCE"),
  },
  RecoveryStep: {
    node: (m, _a, ctx) => mustLoad(ctx, m.node),
  },
  RecoveryPoint: {
    restored: (m, _a, ctx) => Promise.all(m.restored.map((id) => mustLoad(ctx, id))),
  },
};
