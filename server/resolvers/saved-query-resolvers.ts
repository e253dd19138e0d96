import { z } from "zod";
import { execute, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { LIMITS } from "../graphql/hardening.js";
import { fanOutCost, tooCostly, type Costing } from "../graphql/fan-out-cost.js";
import { costBudget } from "../graphql/whole-lists.js";
import { parseArgs } from "../analysis/args.js";
import { saveQuery } from "../audit/saved-queries.js";
import { getSavedQuery, listSavedQueries } from "../audit/store.js";
import { signedIn } from "../auth/guard.js";
import { badInput, notFound } from "../base/errors.js";
import type { Resolvers } from "./generated.js";

const SaveArgs = z.object({
  name: z.string().trim().min(1, "name must not be empty").max(200),
  description: z.string().max(2000).nullish(),
  document: z.string().min(1).max(20_000, "a saved query is at most 20,000 characters"),
});

/** A saved query must parse, validate against the schema, only read, and cost no more than a request may with these variables. */
function checkedDocument(
  schema: GraphQLSchema,
  text: string,
  variables: Record<string, unknown> = {},
): { doc: DocumentNode; costing: Costing } {
  let doc: DocumentNode;
  try {
    doc = parse(text);
  } catch (e) {
    throw badInput(`The query does not parse: ${(e as Error).message}`, [{ path: "$.document", message: (e as Error).message }]);
  }
  // The same limits as a request: a saved query is run without passing through them again.
  const rules = [...specifiedRules, maxDepthRule({ n: LIMITS.depth }), maxAliasesRule({ n: LIMITS.aliases })];
  const errors = validate(schema, doc, rules);
  if (errors.length)
    throw badInput(
      "The query does not fit the schema.",
      errors.map((e) => ({ path: "$.document", message: e.message })),
    );
  if (doc.definitions.some((d) => d.kind === "OperationDefinition" && d.operation !== "query")) {
    throw badInput("Only queries can be saved, not mutations or subscriptions.", [{ path: "$.document", message: "not a query" }]);
  }
  const costing = fanOutCost(schema, doc, null, variables);
  if (costing.cost > LIMITS.cost) throw tooCostly(costing.cost, LIMITS.cost);
  return { doc, costing };
}

export const savedQueryResolvers: Resolvers = {
  Query: {
    savedQueries: (_p, _a, ctx) => {
      return listSavedQueries(ctx.db);
    },
    runSavedQuery: async (_p, args, ctx, info) => {
      const { id, variables } = parseArgs(
        z.object({ id: z.string().min(1).max(100), variables: z.record(z.string(), z.unknown()).nullish() }),
        args,
      );
      const saved = await getSavedQuery(ctx.db, id);
      if (!saved) throw notFound(`No saved query has id '${id}'.`);
      // Run with the caller's context: the caller's role decides what the query may read.
      const { doc, costing } = checkedDocument(info.schema, saved.document, variables ?? {});
      // Its lists answered whole are charged against a limit of its own, as a request's are.
      const contextValue = { ...ctx, cost: costBudget(LIMITS.cost, costing, (e) => ctx.db.refuseFurther(e)) };
      const result = await execute({ schema: info.schema, document: doc, contextValue, variableValues: variables ?? {} });
      if (result.errors?.length) throw result.errors[0]!;
      return result.data ?? null;
    },
  },
  Mutation: {
    saveQuery: (_p, args, ctx, info) => {
      const viewer = signedIn(ctx.viewer);
      const a = parseArgs(SaveArgs, args);
      checkedDocument(info.schema, a.document);
      return saveQuery(ctx.db, viewer, { name: a.name, description: a.description ?? "", document: a.document });
    },
  },
};
