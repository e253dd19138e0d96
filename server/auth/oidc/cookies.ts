export const SESSION_COOKIE = "him_session";

/** The session id the request's cookie carries, or null. */
export function sessionCookie(request: Request): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === SESSION_COOKIE) return v.join("=") || null;
  }
  return null;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
export const isLoopback = (url: URL): boolean => LOOPBACK.has(url.hostname);

/**
 * The session cookie: never readable by scripts, never sent from another site, and Secure
 * except where the product is served on loopback over plain HTTP (the demo, the tests).
 */
export function sessionCookieHeader(id: string | null, publicUrl: URL): string {
  const parts = [`${SESSION_COOKIE}=${id ?? ""}`, "Path=/", "HttpOnly", "SameSite=Strict"];
  if (!isLoopback(publicUrl)) parts.push("Secure");
  if (id === null) parts.push("Max-Age=0");
  return parts.join("; ");
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request made with the cookie must come from the product's own pages: its
 * Origin header must be the product's origin (SameSite=Strict already keeps other sites' cookies
 * out; this refuses what an older browser or a subdomain might still send).
 */
export function crossOrigin(request: Request, publicUrl: URL): boolean {
  if (SAFE.has(request.method)) return false;
  return request.headers.get("origin") !== publicUrl.origin;
}
