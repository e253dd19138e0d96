import { authorize } from "../auth/roles.js";
import type { Resolvers } from "./generated.js";

export const signInResolvers: Resolvers = {
  Query: {
    signInFailures: (_p, _a, ctx) => {
      authorize(ctx.viewer, "tokens:admin");
      return ctx.signInFailures.list();
    },
  },
};
