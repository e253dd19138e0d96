import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { GraphQLSchema } from "graphql";
import type { RequestState } from "../auth/tokens.js";
import type { Context } from "./context.js";
import { hardening } from "./hardening.js";
import { maskError, quietLogger } from "./mask-errors.js";
import { operationNames } from "./operation-names.js";
import { plainRequestErrors } from "./request-errors.js";

export interface GraphqlOptions {
  /** The largest request body yoga reads. */
  maxRequestBytes: number;
  /** Other origins a browser may call the API from; none means same origin only. */
  corsOrigins?: readonly string[];
  /** Each request's context, from who is asking. */
  context: (state: RequestState) => Context;
}

/**
 * The GraphQL server over the product's schema: its limits, masking, operation names and plain
 * refusals. Who is asking is settled before yoga parses anything, so validation rules can depend on it.
 */
export function graphqlServer(schema: GraphQLSchema, o: GraphqlOptions): YogaServerInstance<{ state: RequestState }, Context> {
  return createYoga<{ state: RequestState }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    maskedErrors: { maskError },
    // The documented limit is the real one: yoga's own default (25,000,000 bytes) would apply first.
    maxRequestBodySize: o.maxRequestBytes,
    cors: o.corsOrigins?.length ? { origin: [...o.corsOrigins], credentials: false } : false,
    plugins: [...hardening(), operationNames(), plainRequestErrors()],
    logging: quietLogger(),
    context: ({ state }) => o.context(state),
  });
}
