import { sessionToken } from "./session.js";

/**
 * The request's credentials: a token as a bearer header; a person signed in through their
 * organisation has none, and the browser sends the session's HttpOnly cookie instead.
 */
export const authHeaders = (token = sessionToken()): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/** Ends a signed-in person's session at the server (a token has nothing to end there). */
export async function signOutAtServer(): Promise<void> {
  if (!sessionToken()) await fetch("/auth/logout", { method: "POST" }).catch(() => undefined);
}
