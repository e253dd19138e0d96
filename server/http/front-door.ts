import type { SignInFailures } from "../auth/sign-in-failures.js";
import { errorResponse } from "../base/errors.js";
import { GRAPHIQL_CSP } from "./graphiql.js";
import { withSecurityHeaders } from "./security-headers.js";

/** What the HTTP server tells of a request besides the request itself: who sent it. */
export interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

/**
 * Every request passes here: an address that sent too many refused tokens waits, every answer
 * carries the security headers, and nothing internal (a stack, a path) reaches the client.
 */
export function frontDoor(
  route: (request: Request) => Promise<Response>,
  signInFailures: SignInFailures,
): (request: Request, server?: ServerContext) => Promise<Response> {
  return async (request, server) => {
    try {
      // An address that sent too many refused tokens waits, and is not looked up meanwhile.
      const address = server?.req?.socket?.remoteAddress ?? "unknown";
      const wait = request.headers.has("authorization") ? signInFailures.retryAfter(address) : 0;
      if (wait > 0) return withSecurityHeaders(throttled(wait));
      const response = await route(request);
      if (response.status === 401 && request.headers.has("authorization")) signInFailures.record(address, "a token");
      return withSecurityHeaders(response, response.headers.get("content-security-policy") === GRAPHIQL_CSP);
    } catch (e) {
      if (request.signal.aborted || (e as { code?: unknown } | null)?.code === "ECONNRESET") {
        // The client went away mid-request (a closed page, a cancelled upload): nothing failed here.
        console.warn(
          `[impact-map] ${request.method} ${new URL(request.url).pathname}: the client closed the connection before the answer.`,
        );
        return withSecurityHeaders(errorResponse("INTERNAL_SERVER_ERROR", "The connection was closed before the answer."));
      }
      // Nothing internal (a stack, a path) reaches the client.
      console.error("[impact-map] request failed:", e);
      return withSecurityHeaders(errorResponse("INTERNAL_SERVER_ERROR", "Unexpected error."));
    }
  };
}

function throttled(seconds: number): Response {
  const message = `Too many refused sign-ins from this address; try again in ${seconds} s.`;
  return Response.json(
    { errors: [{ message, extensions: { code: "TOO_MANY_REQUESTS", retryAfterSeconds: seconds } }] },
    { status: 429, headers: { "retry-after": String(seconds) } },
  );
}
