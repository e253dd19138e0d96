import { LRUCache } from "lru-cache";
import * as client from "openid-client";
import type { Database } from "../../graph/database.js";
import { endSession, startSession, type SessionLimits } from "../sessions.js";
import { isLoopback, sessionCookie, sessionCookieHeader } from "./cookies.js";
import { mapClaims, type Mapping } from "./mapping.js";

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  mapping: Mapping;
  limits: SessionLimits;
}

/** A sign-in begun and not yet come back: its PKCE verifier and nonce, by state. */
interface Pending {
  verifier: string;
  nonce: string;
}

export interface SignIn {
  publicUrl: URL;
  limits: SessionLimits;
  route: (url: URL, request: Request) => Promise<Response | null>;
}

/**
 * OpenID Connect sign-in, authorization code with PKCE, through openid-client: the issuer's
 * metadata is discovered at start, and every ID token's signature (against the issuer's keys;
 * `none` is refused), issuer, audience, expiry, nonce and the state are checked by the library.
 */
export async function openIdSignIn(db: Database, s: OidcSettings): Promise<SignIn> {
  const execute = isLoopback(s.issuer) ? [client.allowInsecureRequests] : [];
  const config = await client.discovery(s.issuer, s.clientId, s.clientSecret, undefined, { execute });
  client.enableNonRepudiationChecks(config);
  // Each state is used once: a replayed callback finds none.
  const pending = new LRUCache<string, Pending>({ max: 10_000, ttl: 10 * 60_000 });
  const publicUrl = new URL(s.redirectUri.origin);

  async function login(): Promise<Response> {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    pending.set(state, { verifier, nonce });
    const to = client.buildAuthorizationUrl(config, {
      redirect_uri: s.redirectUri.href,
      scope: "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return new Response(null, { status: 303, headers: { location: to.href } });
  }

  async function callback(url: URL): Promise<Response> {
    const state = url.searchParams.get("state") ?? "";
    const begun = pending.get(state);
    if (!begun)
      return refused(
        400,
        "This sign-in was not begun here, or it was already used or has expired (the state does not match). Sign in again.",
      );
    pending.delete(state);
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(config, url, {
        pkceCodeVerifier: begun.verifier,
        expectedState: state,
        expectedNonce: begun.nonce,
        idTokenExpected: true,
      });
      const id = tokens.claims();
      if (!id) throw new Error("no ID token");
      // Some providers give roles and organisations only from UserInfo (checked against the ID token's subject); the ID token's own claims win.
      const more =
        tokens.access_token && config.serverMetadata().userinfo_endpoint
          ? await client.fetchUserInfo(config, tokens.access_token, id.sub)
          : {};
      claims = { ...more, ...id };
    } catch (e) {
      return refused(400, `The identity provider's answer was refused: ${reasonOf(e)}`);
    }
    const mapped = mapClaims(s.mapping, claims);
    if (!mapped.ok) return refused(403, mapped.reason);
    const name = typeof claims.name === "string" && claims.name ? claims.name : String(claims.sub);
    const person = {
      issuer: String(claims.iss),
      subject: String(claims.sub),
      name,
      role: mapped.role,
      scope: mapped.scope,
      extra: mapped.extra,
    };
    const id = await startSession(db, person, s.limits);
    // A page, not a redirect: a SameSite=Strict cookie set at the end of a cross-site chain of
    // redirects is not sent on the next hop, but is on a navigation the page itself makes.
    const page = `<!doctype html><meta http-equiv="refresh" content="0;url=/"><title>Signed in</title><p>Signed in as ${escape(name)}. <a href="/">Continue</a></p>`;
    return new Response(page, {
      headers: { "content-type": "text/html; charset=utf-8", "set-cookie": sessionCookieHeader(id, publicUrl) },
    });
  }

  async function logout(request: Request): Promise<Response> {
    const id = sessionCookie(request);
    if (id) await endSession(db, id);
    return Response.json({ signedOut: true }, { headers: { "set-cookie": sessionCookieHeader(null, publicUrl) } });
  }

  return {
    publicUrl,
    limits: s.limits,
    route: async (url, request) => {
      if (url.pathname === "/auth/login" && request.method === "GET") return login();
      if (url.pathname === s.redirectUri.pathname && request.method === "GET") return callback(url);
      if (url.pathname === "/auth/logout" && request.method === "POST") return logout(request);
      return null;
    },
  };
}

/** The library's reason, with the check that failed (its cause and code) where it gives one. */
function reasonOf(e: unknown): string {
  const err = e as Error & { code?: string; cause?: unknown };
  const cause = err.cause instanceof Error ? err.cause : null;
  const code = (cause as { code?: string } | null)?.code ?? err.code;
  return [err.message, cause?.message, code].filter(Boolean).join(": ");
}

const escape = (t: string): string => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function refused(status: number, reason: string): Response {
  const page = `<!doctype html><title>Sign-in refused</title><h1>Sign-in refused</h1><p role="alert">${escape(reason)}</p><p><a href="/">Back</a></p>`;
  return new Response(page, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "x-sign-in-refused": encodeURIComponent(reason).slice(0, 500) },
  });
}
