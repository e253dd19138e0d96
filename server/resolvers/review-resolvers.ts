import { z } from "zod";
import { parseArgs } from "../analysis/args.js";
import { signedIn } from "../auth/guard.js";
import { covers } from "../base/scope.js";
import { createFeed, revokeFeeds } from "../feeds/feed-store.js";
import type { Resolvers } from "./generated.js";

const DAY_MS = 86_400_000;

export const reviewResolvers: Resolvers = {
  Query: {
    // Due within `within` days, overdue ones included; within the viewer's scope only.
    reviewsDue: async (_p, args, ctx) => {
      const { within } = parseArgs(z.object({ within: z.number().int().min(0).max(366).nullish() }), args);
      const until = new Date(Date.now() + (within ?? 14) * DAY_MS).toISOString().slice(0, 10);
      const { scope } = signedIn(ctx.viewer);
      const rows = await ctx.register.all(ctx.graphVersion);
      return rows
        .filter(({ risk }) => risk.status === "OPEN" && risk.nextReviewDate <= until && covers(scope, risk.organisation))
        .sort((a, b) =>
          a.risk.nextReviewDate < b.risk.nextReviewDate
            ? -1
            : a.risk.nextReviewDate > b.risk.nextReviewDate
              ? 1
              : a.risk.id < b.risk.id
                ? -1
                : 1,
        );
    },
  },
  Mutation: {
    createReviewFeed: (_p, _a, ctx) => createFeed(ctx.db, signedIn(ctx.viewer)),
    revokeReviewFeeds: (_p, _a, ctx) => revokeFeeds(ctx.db, signedIn(ctx.viewer)),
  },
};
