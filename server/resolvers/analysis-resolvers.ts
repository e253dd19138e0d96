import { z } from "zod";
import { COMPROMISABLE, Hours, IdList, LOSABLE, parseArgs, ProfileInput, resolveIds, toProfile } from "../analysis/args.js";
import { exposedInOrder, groupAffected, GROUPINGS, labelSet, matches, organisationCode, regionCode, type AffectedFilter } from "../analysis/blast-views.js";
import { serviceImpactModel, severityName, status, type NodeSnapshot } from "../analysis/models.js";
import { authorize } from "../auth/roles.js";
import { KIND, KIND_LABELS } from "../engine/projection.js";
import { riskRating } from "../engine/risk-matrix.js";
import { singlePointsOfFailure, supplierConcentration } from "../engine/spof.js";
import { badInput } from "../errors.js";
import { Likelihood, Severity } from "../model/enums.js";
import type { Context } from "../context.js";
import type { Resolvers } from "./generated.js";
import { protectFirst } from "./protect-first.js";

const DEFAULT_CURVE = [1, 4, 24, 72, 168, 720];

const BlastArgs = z.object({ lost: IdList, compromised: IdList, hours: Hours, profile: ProfileInput });
const SpofArgs = z.object({ service: z.string().min(1).max(128) });
const SupplierArgs = z.object({ hours: Hours, first: z.number().int().min(1).max(1000).nullish(), profile: ProfileInput });
const CurveArgs = z.object({ hours: z.array(Hours).min(1).max(50).nullish() });
const First = z.number().int().min(0, "first must not be negative").max(100_000).nullish();
const FirstArg = z.object({ first: First });
const Region = z.string().max(200).nullish();
const Labels = z.array(z.enum(KIND_LABELS)).nullish();
const AffectedArgs = z.object({ first: First, labels: Labels, organisation: z.string().max(128).nullish(), region: Region });
const GroupArgs = z.object({ by: z.enum(GROUPINGS).nullish(), region: Region, labels: Labels, first: First });

/** At most `first` of the list, or all of it. */
const upTo = <T>(xs: readonly T[], first: number | null | undefined): T[] => (first === null || first === undefined ? [...xs] : xs.slice(0, first));
const RatingArgs = z.object({ likelihood: Likelihood, consequence: Severity });

const load = async (ctx: Context, id: string) => ctx.nodes.load(id);

export const analysisResolvers: Resolvers = {
  Query: {
    blastRadius: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const a = parseArgs(BlastArgs, args);
      if (!a.lost.length && !a.compromised.length) {
        throw badInput("Name at least one lost or compromised node.", [{ path: "$.lost", message: "empty scenario" }]);
      }
      const engine = await ctx.analysis.engine(ctx.graphVersion);
      const lost = resolveIds(engine, a.lost, "lost", LOSABLE, "only care services, systems, data stores and suppliers can be lost");
      const compromised = resolveIds(engine, a.compromised, "compromised", COMPROMISABLE, "only systems, data stores and suppliers can be compromised");
      const profile = toProfile(a.profile);
      const result = engine.scenario({ lost, compromised, hours: a.hours }, profile);
      return { engine, result, profile, compromised };
    },
    protectFirst: (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      return protectFirst(args, ctx);
    },
    singlePointsOfFailure: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const a = parseArgs(SpofArgs, args);
      const engine = await ctx.analysis.engine(ctx.graphVersion);
      const [s] = resolveIds(engine, [a.service], "service", [KIND.CareService], "single points of failure are asked of a care service");
      const nodes = await Promise.all(singlePointsOfFailure(engine, s!).map((x) => load(ctx, engine.p.ids[x]!)));
      return nodes.filter((n) => n !== null);
    },
    supplierConcentration: async (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const a = parseArgs(SupplierArgs, args);
      const engine = await ctx.analysis.engine(ctx.graphVersion);
      const ids = engine.p.ids;
      return supplierConcentration(engine, a.hours, toProfile(a.profile))
        .slice(0, a.first ?? 50)
        .map((r) => ({
          supplier: ids[r.supplier]!,
          organisations: r.organisations.map((o) => ids[o]!),
          services: r.services.map((s) => serviceImpactModel(engine, s)),
          harm: r.harm,
          consequence: r.consequence,
        }));
    },
    riskRating: (_p, args, ctx) => {
      authorize(ctx.viewer, "ranking:read");
      const a = parseArgs(RatingArgs, args);
      return riskRating(a.likelihood, a.consequence);
    },
  },
  BlastRadius: {
    hours: (m) => m.result.hours,
    affectedCount: (m) => m.result.affected.length,
    affected: (m, args) => {
      const a = parseArgs(AffectedArgs, args);
      const p = m.engine.p;
      const filter: AffectedFilter = {
        labels: labelSet(a.labels),
        organisation: a.organisation === null || a.organisation === undefined ? null : organisationCode(p, a.organisation),
        region: a.region === null || a.region === undefined ? null : regionCode(p, a.region),
      };
      const out = [];
      for (const x of m.result.affected) {
        if (out.length >= (a.first ?? Number.POSITIVE_INFINITY)) break;
        if (matches(p, x.node, filter)) out.push({ id: p.ids[x.node]!, capability: x.capability });
      }
      return out;
    },
    affectedGroups: (m, args) => {
      const a = parseArgs(GroupArgs, args);
      const region = a.region === null || a.region === undefined ? null : regionCode(m.engine.p, a.region);
      return upTo(groupAffected(m.engine.p, m.result.affected, a.by ?? "ORGANISATION", region, labelSet(a.labels)), a.first);
    },
    careServices: (m, args) => upTo(m.result.services, parseArgs(FirstArg, args).first).map((s) => serviceImpactModel(m.engine, s)),
    careServiceCount: (m) => m.result.services.length,
    exposedDataStores: async (m, args, ctx) => {
      const ids = upTo(exposedInOrder(m.engine.p, m.result.exposed), parseArgs(FirstArg, args).first);
      return nonNull(await Promise.all(ids.map((i) => load(ctx, m.engine.p.ids[i]!))));
    },
    exposedCount: (m) => m.result.exposed.length,
    controlled: async (m, _a, ctx) => nonNull(await Promise.all([...m.result.controlled].map((i) => load(ctx, m.engine.p.ids[i]!)))),
    availabilityHarm: (m) => m.result.availabilityHarm,
    confidentialityHarm: (m) => m.result.confidentialityHarm,
    totalHarm: (m) => m.result.totalHarm,
    consequence: (m) => severityName(m.result.consequence),
    profile: (m) => m.profile.name,
    impactOverTime: (m, args) => {
      const a = parseArgs(CurveArgs, args);
      return m.engine.curveOf(m.result, a.hours ?? DEFAULT_CURVE, m.profile);
    },
  },
  AffectedGroup: {
    organisationName: async (g, _a, ctx) => (g.organisation ? String((await load(ctx, g.organisation))?.props.name ?? g.organisation) : null),
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
    consequence: (m) => severityName(m.consequence),
    path: async (m, _a, ctx) => Promise.all(m.path.map((id) => mustLoad(ctx, id, m.snapshot))),
    evidence: (m) => m.path.map((id, k) => ({ id, capability: m.pathCapability[k]!, snapshot: m.snapshot })),
  },
  ImpactPoint: {
    hours: (m) => m.hours,
    harm: (m) => m.harm,
    consequence: (m) => severityName(m.consequence),
  },
  SupplierConcentration: {
    supplier: (m, _a, ctx) => mustLoad(ctx, m.supplier),
    organisations: async (m, _a, ctx) => nonNull(await Promise.all(m.organisations.map((id) => load(ctx, id)))),
    careServices: (m) => m.services,
    harm: (m) => m.harm,
    consequence: (m) => severityName(m.consequence),
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
