import { z } from "zod";
import { COMPROMISABLE, Hours, IdList, LOSABLE, parseArgs, ProfileInput, resolveIds, toProfile } from "../analysis/args.js";
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
      return { engine, result, lost, compromised, profile };
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
      const first = args.first ?? Number.POSITIVE_INFINITY;
      if (first < 0) throw badInput("first must not be negative");
      const labels = args.labels ? new Set<number>(args.labels.map((l) => KIND[l])) : null;
      const org = args.organisation ? (m.engine.p.indexOf.get(args.organisation) ?? -2) : null;
      const out = [];
      for (const a of m.result.affected) {
        if (out.length >= first) break;
        if (labels && !labels.has(m.engine.p.kind[a.node]!)) continue;
        if (org !== null && m.engine.p.organisation[a.node] !== org) continue;
        out.push({ id: m.engine.p.ids[a.node]!, capability: a.capability });
      }
      return out;
    },
    affectedGroups: (m) => {
      const p = m.engine.p;
      const groups = new Map<string, { organisation: string | null; label: (typeof KIND_LABELS)[number]; count: number; failed: number }>();
      for (const a of m.result.affected) {
        const o = p.organisation[a.node]!;
        const key = `${o}|${p.kind[a.node]}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { organisation: o >= 0 ? p.ids[o]! : null, label: KIND_LABELS[p.kind[a.node]!]!, count: 0, failed: 0 }));
        g.count++;
        if (a.capability < 1e-9) g.failed++;
      }
      return [...groups.values()].sort((x, y) => y.count - x.count);
    },
    careServices: (m) => m.result.services.map((s) => serviceImpactModel(m.engine, s)),
    exposedDataStores: async (m, _a, ctx) => nonNull(await Promise.all([...m.result.exposed].map((i) => load(ctx, m.engine.p.ids[i]!)))),
    controlled: async (m, _a, ctx) => nonNull(await Promise.all([...m.result.controlled].map((i) => load(ctx, m.engine.p.ids[i]!)))),
    availabilityHarm: (m) => m.result.availabilityHarm,
    confidentialityHarm: (m) => m.result.confidentialityHarm,
    totalHarm: (m) => m.result.totalHarm,
    consequence: (m) => severityName(m.result.consequence),
    profile: (m) => m.profile.name,
    impactOverTime: (m, args) => {
      const a = parseArgs(CurveArgs, args);
      return m.engine.impactCurve({ lost: m.lost, compromised: m.compromised }, a.hours ?? DEFAULT_CURVE, m.profile);
    },
  },
  AffectedNode: {
    node: async (m, _a, ctx) => mustLoad(ctx, m.id),
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
