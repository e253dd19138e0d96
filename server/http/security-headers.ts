/**
 * Sent with every response. The client is built to need nothing but its own origin: scripts and
 * styles from /assets (React sets inline styles through the DOM, which CSP allows only with
 * 'unsafe-inline' for style-src), images drawn to data: and blob: URLs for the PNG and SVG
 * downloads. No page may frame it, and no address leaks to another site in a Referer.
 */
const HEADERS: Record<string, string> = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * Sets the headers on a response. `ownPolicy` keeps a policy the page set itself: only GraphiQL's
 * page has one (server/graphiql.ts), and it is as strict except where GraphiQL needs otherwise.
 */
export function withSecurityHeaders(response: Response, ownPolicy = false): Response {
  const headers = Object.entries(HEADERS).filter(([k]) => !(ownPolicy && k === "content-security-policy" && response.headers.has(k)));
  let out = response;
  try {
    for (const [k, v] of headers) out.headers.set(k, v);
  } catch {
    // Some responses carry immutable headers: copy them into one that can be changed.
    out = new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
    for (const [k, v] of headers) out.headers.set(k, v);
  }
  return out;
}
