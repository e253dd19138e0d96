import type { Plugin } from "graphql-yoga";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { RequestState } from "./auth/tokens.js";
import type { Context } from "./context.js";

/**
 * Limits on what one request may ask, checked before anything runs (GraphQL Armor). The
 * numbers leave room for every query the client and the docs make; docs/api.md lists them.
 */
export const LIMITS = { depth: 12, aliases: 20, cost: 250_000, tokens: 4_000, directives: 20 } as const;

type Initial = Context & { state?: RequestState };

export function hardening(): Array<Plugin<Initial>> {
  return [
    maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true }),
    maxAliasesPlugin({ n: LIMITS.aliases }),
    costLimitPlugin({ maxCost: LIMITS.cost }),
    maxTokensPlugin({ n: LIMITS.tokens }),
    maxDirectivesPlugin({ n: LIMITS.directives }),
    blockFieldSuggestionsPlugin(),
    introspectionForViewersOnly(),
  ] as Array<Plugin<Initial>>;
}

/** The schema describes itself only to a caller with a valid token. */
function introspectionForViewersOnly(): Plugin<Initial> {
  return {
    onValidate({ context, addValidationRule }) {
      if (!context.state?.viewer) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
