import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { requirePermission, signedIn } from "../auth/guard.js";
import { CandidateInput, InvestmentArgs } from "../planning/candidate-model.js";
import { deleteCandidate, listCandidates, saveCandidate } from "../planning/candidate-store.js";
import { bestInvestment } from "../planning/investment.js";
import type { Resolvers } from "./generated.js";

export const planResolvers: Resolvers = {
  Query: {
    candidates: async (_p, _a, ctx) => (await listCandidates(ctx.db)).map(({ plan: _plan, ...view }) => view),
    bestInvestment: (_p, args, ctx) => {
      const a = parseArgs(InvestmentArgs, args);
      const objective = a.objective ?? "REGISTER";
      // Over the register, its risks are read: within the person's scope, by those who may.
      const viewer = objective === "REGISTER" ? requirePermission(ctx.viewer, "register:read") : signedIn(ctx.viewer);
      return bestInvestment(ctx.db, ctx.analysis, viewer.scope, {
        budget: a.budget,
        years: a.years ?? 3,
        objective,
        candidateIds: a.candidates ?? null,
      });
    },
  },
  Mutation: {
    saveCandidate: async (_p, args, ctx) => ({
      ...(await saveCandidate(ctx.db, signedIn(ctx.viewer), parseArgs(CandidateInput, args))),
      staleReason: null,
    }),
    deleteCandidate: (_p, args, ctx) =>
      deleteCandidate(ctx.db, signedIn(ctx.viewer), parseArgs(z.object({ id: z.string().min(1).max(128) }), args).id),
  },
  Candidate: {
    stale: (c) => c.staleReason !== null,
    updatedAt: (c) => new Date(c.updatedAt),
  },
  CandidateBenefit: {
    moves: async (c, _a, ctx) => (await Promise.all(c.moves.map((id) => ctx.nodes.load(id)))).filter((n) => n !== null),
    risksMoved: (c) => c.risksMoved.map((r) => ({ riskId: r.id, title: r.title, harmBefore: r.harmBefore, harmAfter: r.harmAfter })),
  },
};
