import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { signedIn } from "../auth/guard.js";
import { covers, requireScope } from "../base/scope.js";
import { LIKELIHOODS, SEVERITIES } from "../model/enums.js";
import type { AssessedRisk } from "../register/register.js";
import { OverrideInput, ReviewInput, RiskInput, RiskStatus, type Risk } from "../model/risk-model.js";
import { changeRisk, getRisk, newRisk } from "../register/risk-store.js";
import { notFound } from "../base/errors.js";
import { risksAsOf } from "../history/as-of.js";
import type { Context } from "../graphql/context.js";
import type { Resolvers } from "./generated.js";

/** The register now, or as it stood at `asOf` and rated on the graph of that time. */
async function registerAt(ctx: Context, asOf: Date | null | undefined): Promise<AssessedRisk[]> {
  if (!asOf) return ctx.register.all(ctx.graphVersion);
  return ctx.register.assessAll(await ctx.graph(asOf), await risksAsOf(ctx.db, asOf));
}

const AsOf = z.date().nullish();

const ListArgs = z.object({
  asOf: AsOf,
  status: RiskStatus.nullish(),
  owner: z.string().max(200).nullish(),
  organisation: z.string().max(128).nullish(),
  minRating: z.number().int().min(1).max(5).nullish(),
  overdue: z.boolean().nullish(),
  first: z.number().int().min(1).max(1000).nullish(),
});
const Id = z.object({ id: z.string().min(1).max(128) });

const today = (): string => new Date().toISOString().slice(0, 10);
const byResidual = (a: AssessedRisk, b: AssessedRisk): number =>
  b.assessment.residualRating - a.assessment.residualRating ||
  b.assessment.residualHarm - a.assessment.residualHarm ||
  (a.risk.id < b.risk.id ? -1 : 1);

async function assessed(ctx: Context, id: string): Promise<AssessedRisk> {
  const graph = await ctx.register.graph(ctx.graphVersion);
  const risk = await getRisk(ctx.db, id);
  if (!risk) throw notFound(`No risk has id '${id}'.`);
  const [one] = await ctx.register.assessAll(graph, [risk]);
  return one!;
}

/** The risks the viewer may read: those of organisations in scope (a risk of none: scoped to all). */
const readable = (ctx: Context, rows: AssessedRisk[]): AssessedRisk[] => {
  const { scope } = signedIn(ctx.viewer);
  return rows.filter(({ risk }) => covers(scope, risk.organisation));
};

/**
 * Runs a change and answers with the risk as it now stands, assessed on the current graph. The
 * scope is checked on the risk as read under the register's lock, before and after the change.
 */
async function write(
  ctx: Context,
  id: string | null,
  action: string,
  change: (before: Risk | null, now: string) => Risk | null,
): Promise<AssessedRisk> {
  const viewer = signedIn(ctx.viewer);
  const graph = await ctx.register.graph(ctx.graphVersion);
  const version = ctx.analysis.graphs.loadedVersion() ?? ctx.graphVersion;
  const after = await changeRisk(ctx.db, viewer, id, action, async (before, now) => {
    if (before) requireScope(viewer.scope, [before.organisation], `change risk '${before.id}'`);
    const next = change(before, now);
    if (next) requireScope(viewer.scope, [next.organisation], before ? `move risk '${next.id}' there` : "add a risk there");
    return next ? { ...(await ctx.register.stamp(next, graph, version)), updatedAt: now } : null;
  });
  if (!after) throw notFound("The risk is gone.");
  const [one] = await ctx.register.assessAll(graph, [after]);
  return one!;
}

export const registerResolvers: Resolvers = {
  Query: {
    risks: async (_p, args, ctx) => {
      const a = parseArgs(ListArgs, args);
      const day = today();
      const rows = readable(ctx, await registerAt(ctx, a.asOf)).filter(
        ({ risk, assessment }) =>
          (!a.status || risk.status === a.status) &&
          (!a.owner || risk.owner === a.owner) &&
          (!a.organisation || risk.organisation === a.organisation) &&
          (!a.minRating || assessment.residualRating >= a.minRating) &&
          (a.overdue == null || (risk.status === "OPEN" && risk.nextReviewDate < day) === a.overdue),
      );
      return rows.sort(byResidual).slice(0, a.first ?? 100);
    },
    risk: async (_p, args, ctx) => {
      const { id } = parseArgs(Id, args);
      const risk = await getRisk(ctx.db, id);
      if (risk) requireScope(signedIn(ctx.viewer).scope, [risk.organisation], `read risk '${id}'`);
      return risk ? assessed(ctx, id) : null;
    },
    // Every open risk is counted, in scope or not: a count names no title, owner or scenario.
    riskHeatMap: async (_p, args, ctx) => {
      const status = args.status ?? "OPEN";
      const cells = new Map<string, number>();
      for (const { risk, assessment: a } of await registerAt(ctx, parseArgs(z.object({ asOf: AsOf }).passthrough(), args).asOf)) {
        if (risk.status !== status) continue;
        const key = args.residual ? `${a.residualLikelihood}|${a.residualConsequence}` : `${risk.likelihood}|${a.consequence}`;
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
      return LIKELIHOODS.flatMap((likelihood) =>
        SEVERITIES.map((consequence) => ({ likelihood, consequence, count: cells.get(`${likelihood}|${consequence}`) ?? 0 })),
      );
    },
    topRisks: async (_p, args, ctx) => {
      const a = parseArgs(z.object({ first: z.number().int().min(1).max(100).nullish(), asOf: AsOf }), args);
      return readable(ctx, await registerAt(ctx, a.asOf))
        .filter((r) => r.risk.status === "OPEN")
        .sort(byResidual)
        .slice(0, a.first ?? 10);
    },
  },
  Mutation: {
    createRisk: (_p, args, ctx) => {
      const input = parseArgs(z.object({ input: RiskInput }), args).input;
      return write(ctx, null, "risk.create", (_b, now) => newRisk(input, now));
    },
    updateRisk: (_p, args, ctx) => {
      const { id, input } = parseArgs(z.object({ id: z.string().min(1), input: RiskInput }), args);
      return write(ctx, id, "risk.update", (before) => ({ ...before!, ...input }));
    },
    reviewRisk: (_p, args, ctx) => {
      const { id, ...review } = parseArgs(ReviewInput.extend({ id: z.string().min(1) }), args);
      const by = ctx.viewer?.name ?? "";
      return write(ctx, id, "risk.review", (before, now) => ({
        ...before!,
        nextReviewDate: review.nextReviewDate,
        reviews: [...before!.reviews, { at: now, by, note: review.note }],
      }));
    },
    overrideConsequence: (_p, args, ctx) => {
      const { id, consequence, justification } = parseArgs(OverrideInput.extend({ id: z.string().min(1) }), args);
      const by = ctx.viewer?.name ?? "";
      return write(ctx, id, consequence ? "risk.override" : "risk.override-cleared", (before, now) => ({
        ...before!,
        override: consequence ? { consequence, justification, by, at: now } : null,
        reviews: consequence ? before!.reviews : [...before!.reviews, { at: now, by, note: `Override cleared: ${justification}` }],
      }));
    },
    deleteRisk: async (_p, args, ctx) => {
      const viewer = signedIn(ctx.viewer);
      const { id } = parseArgs(Id, args);
      await changeRisk(ctx.db, viewer, id, "risk.delete", (before) => {
        requireScope(viewer.scope, [before?.organisation], `delete risk '${id}'`);
        return null;
      });
      return true;
    },
  },
  Risk: {
    id: (r) => r.risk.id,
    title: (r) => r.risk.title,
    description: (r) => r.risk.description,
    threat: (r) => r.risk.threat,
    scenario: (r) => r.risk.scenario,
    likelihood: (r) => r.risk.likelihood,
    owner: (r) => r.risk.owner,
    organisation: (r) => r.risk.organisation ?? null,
    treatment: (r) => r.risk.treatment,
    controls: (r) =>
      r.risk.controls.map((c) => ({ levels: null, from: null, to: null, service: null, capacity: null, sustainableHours: null, ...c })),
    status: (r) => r.risk.status,
    nextReviewDate: (r) => r.risk.nextReviewDate,
    overdue: (r) => r.risk.status === "OPEN" && r.risk.nextReviewDate < today(),
    reviews: (r) => r.risk.reviews,
    computedConsequence: (r) => r.assessment.computedConsequence,
    consequence: (r) => r.assessment.consequence,
    override: (r) => r.risk.override,
    inherentRating: (r) => r.assessment.inherentRating,
    harm: (r) => r.assessment.harm,
    residualLikelihood: (r) => r.assessment.residualLikelihood,
    residualConsequence: (r) => r.assessment.residualConsequence,
    residualRating: (r) => r.assessment.residualRating,
    residualHarm: (r) => r.assessment.residualHarm,
    unresolved: (r) => r.assessment.unresolved,
    ratingMoves: (r) => r.risk.moves,
    createdAt: (r) => r.risk.createdAt,
    updatedAt: (r) => r.risk.updatedAt,
  },
};
