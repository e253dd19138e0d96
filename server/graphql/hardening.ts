import type { Plugin } from "graphql-yoga";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { RequestState } from "../auth/tokens.js";
import type { Context } from "./context.js";
import { fanOutCost, tooCostly } from "./fan-out-cost.js";
import { nestingDepth } from "./nesting.js";
import { costBudget } from "./whole-lists.js";

/**
 * Limits on what one request may ask, checked before anything runs. The numbers leave room
 * for every query the client and the docs make; docs/api.md lists them. `nesting` bounds the
 * brackets of the text before it is parsed, so a deep document cannot exhaust the parser's stack.
 */
export const LIMITS = { depth: 12, aliases: 20, cost: 250_000, tokens: 4_000, directives: 20, nesting: 64 } as const;

type Initial = Context & { state?: RequestState };

export function hardening(): Array<Plugin<Initial>> {
  return [
    boundedNesting(),
    maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true }),
    maxAliasesPlugin({ n: LIMITS.aliases }),
    maxTokensPlugin({ n: LIMITS.tokens }),
    maxDirectivesPlugin({ n: LIMITS.directives }),
    blockFieldSuggestionsPlugin(),
    introspectionForViewersOnly(),
    costByFanOut(),
  ] as Array<Plugin<Initial>>;
}

/**
 * The schema describes itself only to a caller with a valid token. (app.ts answers a request
 * without one before it reaches validation at all; this holds for any other way in.)
 */
function introspectionForViewersOnly(): Plugin<Initial> {
  return {
    onValidate({ context, addValidationRule }) {
      if (!context.state?.viewer) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

function boundedNesting(): Plugin<Initial> {
  return {
    onParse({ params }) {
      const depth = nestingDepth(String(typeof params.source === "string" ? params.source : params.source.body));
      if (depth > LIMITS.nesting) {
        throw new GraphQLError(`Syntax Error: the document nests ${depth} levels deep; at most ${LIMITS.nesting} are allowed.`, {
          extensions: { code: "GRAPHQL_PARSE_FAILED", http: { status: 400 } },
        });
      }
    },
  };
}

/**
 * Refuses an operation whose fan-out, counted with its variables, is over LIMITS.cost; what is
 * left of the limit pays for lists answered whole by their real size as they resolve.
 */
function costByFanOut(): Plugin<Initial> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const costing = fanOutCost(args.schema, args.document, args.operationName, variables);
      if (costing.cost > LIMITS.cost) setResultAndStopExecution({ errors: [tooCostly(costing.cost, LIMITS.cost)] });
      else {
        const context = args.contextValue as Context;
        context.cost = costBudget(LIMITS.cost, costing, (e) => context.db.refuseFurther(e));
      }
    },
  };
}
