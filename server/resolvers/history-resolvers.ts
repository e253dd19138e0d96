import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { allNodes, compareEntries, historyDiff, rankMoves } from "../analysis/history-diff.js";
import type { Resolvers } from "./generated.js";
import { signedIn } from "../auth/guard.js";
import { covers } from "../base/scope.js";
import { eventInScope } from "../audit/event-scope.js";

const DiffArgs = z.object({ from: z.date(), to: z.date().nullish() });

export const historyResolvers: Resolvers = {
  Query: {
    changesBetween: async (_p, args, ctx) => {
      const a = parseArgs(DiffArgs, args);
      const { scope } = signedIn(ctx.viewer);
      const diff = await historyDiff(ctx.db, ctx.analysis, a.from, a.to ?? new Date());
      // The graph's changes are everyone's to read; the register's only within scope.
      return {
        ...diff,
        events: diff.events.filter((e) => eventInScope(scope, e)),
        riskChanges: diff.riskChanges.filter((c) => covers(scope, c.organisation)),
      };
    },
  },
  HistoryDiff: {
    from: (m) => m.from,
    to: (m) => m.to,
    events: (m) => m.events,
    nodesAdded: (m) => compareEntries(allNodes(m.before.past!.document), allNodes(m.after.past!.document)).added,
    nodesRemoved: (m) => compareEntries(allNodes(m.before.past!.document), allNodes(m.after.past!.document)).removed,
    nodesChanged: (m) => compareEntries(allNodes(m.before.past!.document), allNodes(m.after.past!.document)).changed,
    dependenciesAdded: (m) => compareEntries(m.before.past!.document.dependencies, m.after.past!.document.dependencies).added.length,
    dependenciesRemoved: (m) => compareEntries(m.before.past!.document.dependencies, m.after.past!.document.dependencies).removed.length,
    dependenciesChanged: (m) => compareEntries(m.before.past!.document.dependencies, m.after.past!.document.dependencies).changed.length,
    rankMoves: (m, args, ctx) =>
      rankMoves(ctx.analysis, m, parseArgs(z.object({ first: z.number().int().min(1).max(1000).nullish() }), args).first ?? 50),
    riskChanges: (m) => m.riskChanges,
  },
};
