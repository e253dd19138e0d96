import { z } from "zod";
import { Hours, IdList, parseArgs, ProfileInput, RestoreList, toProfile } from "../analysis/args.js";
import { upTo } from "../analysis/blast-radius.js";
import { GROUPINGS } from "../analysis/blast-views.js";
import { status, type NodeSnapshot } from "../analysis/models.js";
import { KIND_LABELS } from "../engine/projection.js";
import { riskRating } from "../engine/risk-matrix.js";
import { badInput } from "../base/errors.js";
import { Likelihood, Severity, severityOfLevel } from "../model/enums.js";
import { SENSITIVITIES } from "../model/vocabulary.js";
import type { Context } from "../graphql/context.js";
import type { Resolvers } from "./generated.js";
import { protectFirst } from "./protect-first.js";

const DEFAULT_CURVE = [1, 4, 24, 72, 168, 720];

const BlastArgs = z.object({
  lost: IdList,
  compromised: IdList,
  hours: Hours,
  profile: ProfileInput,
  restore: RestoreList,
  recovery: z.boolean().nullish(),
});
const SpofArgs = z.object({ service: z.string().min(1).max(128) });
const SupplierArgs = z.object({ hours: Hours, first: z.number().int().min(1).max(1000).nullish(), profile: ProfileInput });
const CurveArgs = z.object({ hours: z.array(Hours).min(1).max(50).nullish() });
const First = z.number().int().min(0, "first must not be negative").max(100_000).nullish();
const FirstArg = z.object({ first: First });
const Region = z.string().max(200).nullish();
const Labels = z.array(z.enum(KIND_LABELS)).nullish();
const Complete = z.boolean().nullish();
const AffectedArgs = z.object({
  first: First,
  labels: Labels,
  organisation: z.string().max(128).nullish(),
  region: Region,
  complete: Complete,
});
const GroupArgs = z.object({ by: z.enum(GROUPINGS).nullish(), region: Region, labels: Labels, first: First, complete: Complete });

const RatingArgs = z.object({ likelihood: Likelihood, consequence: Severity });

const load = async (ctx: Context, id: string) => ctx.nodes.load(id);

export const analysisResolvers: Resolvers = {
  Query: {
    blastRadius: async (_p, args, ctx) => {
      const a = parseArgs(BlastArgs, args);
      if (!a.lost.length && !a.compromised.length) {
        throw badInput("Name at least one lost or compromised node.", [{ path: "$.lost", message: "empty scenario" }]);
      }
      return ctx.analysis.blastRadius(await ctx.graph(), {
        lost: a.lost,
        compromised: a.compromised,
        hours: a.hours,
        profile: toProfile(a.profile),
        restore: a.restore,
        recovery: a.recovery,
      });
    },
    protectFirst: (_p, args, ctx) => {
      return protectFirst(args, ctx);
    },
    singlePointsOfFailure: async (_p, args, ctx) => {
      const a = parseArgs(SpofArgs, args);
      const ids = await ctx.analysis.singlePoints(await ctx.graph(), a.service);
      return nonNull(await Promise.all(ids.map((id) => load(ctx, id))));
    },
    supplierConcentration: async (_p, args, ctx) => {
      const a = parseArgs(SupplierArgs, args);
      return ctx.analysis.supplierConcentration(await ctx.graph(), a.hours, toProfile(a.profile), a.first ?? 50);
    },
    riskRating: (_p, args) => {
      const a = parseArgs(RatingArgs, args);
      return riskRating(a.likelihood, a.consequence);
    },
  },
  BlastRadius: {
    hours: (m) => m.hours,
    affectedCount: (m) => m.affectedCount,
    affected: (m, args) => m.affected(parseArgs(AffectedArgs, args)),
    affectedGroups: (m, args) => {
      const a = parseArgs(GroupArgs, args);
      return m.groups(a.by ?? "ORGANISATION", a.region, a.labels, a.first, a.complete ?? false);
    },
    careServices: (m, args) => m.services(parseArgs(FirstArg, args).first),
    careServiceCount: (m) => m.careServiceCount,
    exposedDataStores: async (m, args, ctx) =>
      nonNull(await Promise.all(m.exposed(parseArgs(FirstArg, args).first).map((id) => load(ctx, id)))),
    exposedCount: (m) => m.exposedCount,
    controlled: async (m, _a, ctx) => nonNull(await Promise.all(m.controlled().map((id) => load(ctx, id)))),
    availabilityHarm: (m) => m.availabilityHarm,
    confidentialityHarm: (m) => m.confidentialityHarm,
    totalHarm: (m) => m.totalHarm,
    consequence: (m) => severityOfLevel(m.consequence),
    profile: (m) => m.profile.name,
    patientsDisruptedPerDay: (m) => m.people.patientsDisruptedPerDay,
    servicesStopped: (m) => m.people.servicesStopped,
    servicesDegraded: (m) => m.people.servicesDegraded,
    recordsExposed: (m) => m.people.recordsExposed,
    recordsExposedBySensitivity: (m) => m.people.recordsByTier.map((records, k) => ({ sensitivity: SENSITIVITIES[k]!, records })),
    impactOverTime: (m, args) => m.curve(parseArgs(CurveArgs, args).hours ?? DEFAULT_CURVE),
    recovery: (m) => m.recovery(),
  },
  AffectedGroup: {
    organisationName: async (g, _a, ctx) =>
      g.organisation ? String((await load(ctx, g.organisation))?.props.name ?? g.organisation) : null,
  },
  AffectedNode: {
    node: async (m, _a, ctx) => mustLoad(ctx, m.id, m.snapshot),
    capability: (m) => m.capability,
    status: (m) => status(m.capability),
  },
  ServiceImpact: {
    service: (m, _a, ctx) => mustLoad(ctx, m.service, m.snapshot),
    capability: (m) => m.capability,
    status: (m) => status(m.capability),
    harm: (m) => m.harm,
    consequence: (m) => severityOfLevel(m.consequence),
    path: async (m, _a, ctx) => Promise.all(m.path.map((id) => mustLoad(ctx, id, m.snapshot))),
    evidence: (m) => m.path.map((id, k) => ({ id, capability: m.pathCapability[k]!, snapshot: m.snapshot })),
    recoveredAt: (m) => m.recoveredAt ?? null,
    edges: (m) => m.edges,
  },
  ExplanationEdge: {
    from: (m, _a, ctx) => mustLoad(ctx, m.from, m.snapshot),
    to: (m, _a, ctx) => mustLoad(ctx, m.to, m.snapshot),
    relationship: (m) => m.relationship,
    implied: (m) => m.implied,
  },
  ImpactPoint: {
    hours: (m) => m.hours,
    harm: (m) => m.harm,
    consequence: (m) => severityOfLevel(m.consequence),
  },
  SupplierConcentration: {
    supplier: (m, _a, ctx) => mustLoad(ctx, m.supplier),
    organisations: async (m, _a, ctx) => nonNull(await Promise.all(m.organisations.map((id) => load(ctx, id)))),
    careServices: (m) => m.services,
    harm: (m) => m.availabilityHarm + m.confidentialityHarm,
    availabilityHarm: (m) => m.availabilityHarm,
    confidentialityHarm: (m) => m.confidentialityHarm,
    exposedDataStores: async (m, args, ctx) =>
      nonNull(await Promise.all(upTo(m.exposed, parseArgs(FirstArg, args).first).map((id) => load(ctx, id)))),
    recordsExposed: (m) => m.recordsExposed,
    consequence: (m) => severityOfLevel(m.consequence),
  },
};

function nonNull<T>(xs: Array<T | null>): T[] {
  return xs.filter((x): x is T => x !== null);
}

/** A node the engine named but the graph no longer holds: the graph changed mid-answer. */
export async function mustLoad(ctx: Context, id: string, snapshot?: NodeSnapshot) {
  const n = snapshot ? (snapshot.get(id) ?? null) : await ctx.nodes.load(id);
  if (!n) throw badInput(`Node '${id}' changed while the answer was being made; ask again.`);
  return n;
}
