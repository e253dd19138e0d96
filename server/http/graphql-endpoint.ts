import type { YogaServerInstance } from "graphql-yoga";
import { bearerToken } from "../auth/bearer.js";
import { sessionCookie } from "../auth/oidc/cookies.js";
import type { RequestStateCache } from "../auth/request-state-cache.js";
import type { RequestState } from "../auth/tokens.js";
import { errorResponse, shownErrorResponse } from "../base/errors.js";
import type { Context } from "../graphql/context.js";
import { graphiqlPage } from "./graphiql.js";
import { readBody } from "./read-body.js";

/**
 * /graphql behind its door: GraphiQL's page for a browser, a CORS preflight for yoga, and
 * otherwise who is asking, settled from the headers alone before a byte of the body is read;
 * without a valid token nothing reaches the schema.
 */
export function graphqlEndpoint(
  yoga: YogaServerInstance<{ state: RequestState }, Context>,
  states: RequestStateCache,
  maxRequestBytes: number,
): (request: Request) => Promise<Response> {
  return async (request) => {
    // A browser's GET (Accept: text/html) is GraphiQL's page, which holds no data and needs no
    // token; yoga's own GraphiQL stays off, so every query still needs a valid token.
    const graphiql = graphiqlPage(request);
    if (graphiql) return graphiql;
    // A CORS preflight carries no token: yoga answers it from CORS_ORIGINS alone.
    if (request.method === "OPTIONS") return yoga.fetch(request, { state: { viewer: null, graphVersion: 0 } });
    // Who is asking is settled from the headers alone, before a byte of the body is read.
    let state: RequestState;
    try {
      state = await states.of(request);
    } catch (e) {
      return unavailable(e);
    }
    // Without a valid token nothing is checked against the schema: the same answer whatever was
    // asked, so no field, argument, input rule or enum value is described to such a caller.
    if (!state.viewer) return unauthenticated(!bearerToken(request) && sessionCookie(request) !== null);
    const limited = await withBodyLimit(request, maxRequestBytes);
    if (!limited) return errorResponse("BAD_USER_INPUT", `Request body over ${maxRequestBytes} bytes.`, 413);
    return yoga.fetch(limited, { state });
  };
}

function unauthenticated(sessionEnded: boolean): Response {
  const message = sessionEnded
    ? "Your session has ended (signed out, idle too long or past its limit): sign in again."
    : "A valid token is required: send Authorization: Bearer <token>.";
  return Response.json(
    { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] },
    { status: 401, headers: { "www-authenticate": "Bearer" } },
  );
}

/** The database could not say who is asking: answer as GraphQL would, with the error's code. */
function unavailable(e: unknown): Response {
  return shownErrorResponse(e) ?? errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error.");
}

/**
 * The request with its body read, or null when the body is over `max` bytes: a declared
 * length is refused before reading, a chunked body as soon as it passes the limit.
 */
async function withBodyLimit(request: Request, max: number): Promise<Request | null> {
  if (Number(request.headers.get("content-length") ?? 0) > max) return null;
  if (!request.body) return request;
  const body = await readBody(request, max);
  return body && new Request(request.url, { method: request.method, headers: request.headers, body });
}
