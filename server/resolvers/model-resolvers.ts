import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { signedIn } from "../auth/guard.js";
import { covers } from "../base/scope.js";
import type { Context } from "../graphql/context.js";
import { kindOf, type NodeDelta, type RelDelta } from "../model-change/change-set.js";
import { countChanges } from "../model-change/apply.js";
import { editRequest, type ChangeInput } from "../model-change/edit-request.js";
import { runChange } from "../model-change/run-change.js";
import type { ChangeRequest } from "../model-change/request.js";
import { importRequest } from "../import/import-request.js";
import type { Resolvers } from "./generated.js";

const Preview = z.boolean().nullish();
const First = z.object({ first: z.number().int().min(0).max(1_000_000).nullish() });

/** The guard has checked the role before the arguments are read: a refused caller learns nothing about them. */
function run(ctx: Context, build: () => ChangeRequest, preview: boolean | null | undefined) {
  const viewer = signedIn(ctx.viewer);
  return runChange(ctx.db, ctx.analysis, build(), viewer, preview ?? false);
}
const one = (args: unknown, change: (a: Record<string, unknown>) => ChangeInput, cascade = false) => {
  const a = args as Record<string, unknown>;
  return editRequest([change(a)], cascade, true);
};
const list = <T extends NodeDelta | RelDelta>(xs: readonly T[], kind: "added" | "changed" | "removed", args: unknown): T[] => {
  const first = parseArgs(First, args).first;
  const out = xs.filter((x) => kindOf(x) === kind);
  return first === null || first === undefined ? out : out.slice(0, first);
};

export const modelResolvers: Resolvers = {
  Mutation: {
    applyModelChanges: (_p, args, ctx) =>
      run(
        ctx,
        () => {
          const a = parseArgs(z.object({ changes: z.array(z.unknown()), cascade: z.boolean().nullish(), preview: Preview }), args);
          return editRequest(a.changes, a.cascade ?? false);
        },
        args.preview,
      ),
    createNode: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "CREATE", node: a.node as Record<string, unknown> })), args.preview),
    updateNode: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "UPDATE", node: a.node as Record<string, unknown> })), args.preview),
    deleteNode: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "DELETE", id: a.id as string }), args.cascade ?? false), args.preview),
    setDependency: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "UPSERT", dependency: a.dependency as Record<string, unknown> })), args.preview),
    removeDependency: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "DELETE", dependency: { from: a.from, to: a.to } })), args.preview),
    setAccess: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "UPSERT", access: a.access as Record<string, unknown> })), args.preview),
    removeAccess: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "DELETE", access: a.access as Record<string, unknown> })), args.preview),
    setAdministers: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "UPSERT", administers: a.administers as Record<string, unknown> })), args.preview),
    removeAdministers: (_p, args, ctx) =>
      run(ctx, () => one(args, (a) => ({ op: "DELETE", administers: a.administers as Record<string, unknown> })), args.preview),
    importModel: async (_p, args, ctx) => {
      const viewer = signedIn(ctx.viewer);
      const req = await importRequest(args, ctx.uploadLimits);
      return runChange(ctx.db, ctx.analysis, req, viewer, args.preview ?? false);
    },
  },
  ModelChangeResult: {
    applied: (m) => m.applied,
    graphVersion: (m) => m.graphVersion,
    auditSeq: (m) => m.auditSeq,
    changes: (m) => m.changes,
    // A risk of another organisation is not named in a preview's effect, as nowhere else.
    effect: async (m, _a, ctx) => {
      if (m.applied) return null;
      const e = await m.effect();
      return { ...e, riskMoves: e.riskMoves.filter((r) => covers(signedIn(ctx.viewer).scope, r.organisation)) };
    },
  },
  ChangeSet: {
    nodesAdded: (m, args) => list(m.nodes, "added", args),
    nodesChanged: (m, args) => list(m.nodes, "changed", args),
    nodesRemoved: (m, args) => list(m.nodes, "removed", args),
    relationshipsAdded: (m, args) => list(m.relationships, "added", args),
    relationshipsChanged: (m, args) => list(m.relationships, "changed", args),
    relationshipsRemoved: (m, args) => list(m.relationships, "removed", args),
    counts: (m) => countChanges({ changes: m }),
  },
};
