import { GraphQLError } from "graphql";
import type { Database } from "../../graph/database.js";
import type { Viewer } from "../roles.js";
import { sessionViewer } from "../sessions.js";
import { crossOrigin, sessionCookie } from "./cookies.js";
import type { SignIn } from "./sign-in.js";

export type CookieViewer = (request: Request) => Promise<Viewer | null>;

/**
 * The person of the request's session cookie. A state-changing request made with the cookie from
 * anywhere but the product's own origin is refused before the session is even looked up.
 */
export function cookieViewer(db: Database, signIn: SignIn): CookieViewer {
  return async (request) => {
    const id = sessionCookie(request);
    if (!id) return null;
    if (crossOrigin(request, signIn.publicUrl)) {
      throw new GraphQLError(
        `A request that changes anything must come from ${signIn.publicUrl.origin} itself; this one came from ${request.headers.get("origin") ?? "no origin"}.`,
        {
          extensions: { code: "FORBIDDEN" },
        },
      );
    }
    return sessionViewer(db, id, signIn.limits);
  };
}
