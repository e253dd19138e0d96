import type { Resolvers } from "./generated.js";

export const signInResolvers: Resolvers = {
  Query: {
    // The permission table holds it to tokens:admin.
    signInFailures: (_p, _a, ctx) => ctx.signInFailures.list(),
  },
};
