import { z } from "zod";
import { Hours, IdList, LOSABLE, parseArgs, ProfileInput, resolveIds, toProfile } from "../analysis/args.js";
import { recoveryPoints, type ToleranceBreachModel } from "../analysis/recovery-models.js";
import { authorize } from "../auth/roles.js";
import type { Engine, Scenario } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { KIND } from "../engine/projection.js";
import { recoveryPlan } from "../engine/recovery-plan.js";
import { restorationOf, scenarioOverTime, type RecoveryResult } from "../engine/recovery.js";
import { badInput } from "../errors.js";
import type { Problem } from "../model/problems.js";
import type { Context } from "../context.js";
import type { Resolvers } from "./generated.js";
import { mustLoad } from "./analysis-resolvers.js";

export const RestoreList = z
  .array(z.object({ id: z.string().min(1).max(128), hours: Hours }))
  .max(1000, "at most 1000 restorations")
  .nullish();

/** A blast radius over time: explicit restorations of lost nodes, and with `recovery` the others at their recoveryHours. */
export function overTime(engine: Engine, sc: Scenario, restore: ReadonlyArray<{ id: string; hours: number }>, recovery: boolean, profile: ScoringProfile): RecoveryResult {
  const lost = new Set(sc.lost);
  const problems: Problem[] = [];
  const explicit = new Map<number, number>();
  restore.forEach((r, k) => {
    const x = engine.p.indexOf.get(r.id);
    if (x === undefined || !lost.has(x)) problems.push({ path: `$.restore[${k}].id`, message: `'${r.id}' is not among the lost nodes` });
    else explicit.set(x, r.hours);
  });
  if (problems.length) throw badInput(problems.map((p) => p.message).join("; "), problems);
  return scenarioOverTime(engine, sc, restorationOf(engine, sc.lost, explicit, recovery), profile);
}

const BreachArgs = z.object({ organisation: z.string().min(1).max(128).nullish(), first: z.number().int().min(0).max(100_000).nullish() });
const PlanArgs = z.object({
  lost: IdList.min(1, "name at least one lost node").max(200, "at most 200 lost nodes"),
  teams: z.number().int().min(1, "teams must be at least 1").max(100, "teams must be at most 100"),
  hours: Hours.refine((h) => h > 0, "hours must be above 0"),
  profile: ProfileInput,
});

async function breachesOf(args: unknown, ctx: Context): Promise<{ engine: Engine; rows: Array<{ service: number; through: number }> }> {
  const a = parseArgs(BreachArgs, args);
  const { engine, breaches } = await ctx.analysis.toleranceBreaches(ctx.graphVersion);
  if (!a.organisation) return { engine, rows: breaches };
  const org = engine.p.indexOf.get(a.organisation);
  if (org === undefined || engine.p.kind[org] !== KIND.Organisation) throw badInput(`'${a.organisation}' is not an organisation in the graph.`);
  return { engine, rows: breaches.filter((b) => engine.p.organisation[b.service] === org) };
}

export const recoveryResolvers: Resolvers = {
  Query: {
    toleranceBreaches: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const { engine, rows } = await breachesOf(args, ctx);
      const p = engine.p;
      return rows.slice(0, args.first ?? 100).map((b): ToleranceBreachModel => {
        const back = p.recoveryHours[b.through]!;
        return { service: p.ids[b.service]!, through: p.ids[b.through]!, recoveryHours: Number.isNaN(back) ? null : back, toleranceHours: p.toleranceHours[b.service]! };
      });
    },
    toleranceBreachCount: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      return (await breachesOf(args, ctx)).rows.length;
    },
    recoveryPlan: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const a = parseArgs(PlanArgs, args);
      const engine = await ctx.analysis.engine(ctx.graphVersion);
      const p = engine.p;
      const lost = resolveIds(engine, a.lost, "lost", LOSABLE.filter((k) => k !== KIND.CareService), "only systems, data stores and suppliers are rebuilt");
      const problems = lost.flatMap((x, k) => (Number.isNaN(p.recoveryHours[x]!) ? [{ path: `$.lost[${k}]`, message: `'${p.ids[x]}' has no recoveryHours` }] : []));
      if (problems.length) throw badInput(problems.map((q) => q.message).join("; "), problems);
      const profile = toProfile(a.profile);
      const plan = recoveryPlan(engine, lost, profile, { teams: a.teams, hours: a.hours });
      const restore = new Map(plan.steps.map((s) => [s.node, s.end]));
      const over = scenarioOverTime(engine, { lost, compromised: [], hours: a.hours }, restore, profile);
      return {
        steps: plan.steps.map((s) => ({ node: p.ids[s.node]!, start: s.start, end: s.end })),
        harm: plan.harm,
        shortestFirstHarm: plan.shortestFirstHarm,
        exact: plan.exact,
        teams: a.teams,
        hours: a.hours,
        curve: recoveryPoints(engine, over, profile),
      };
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
