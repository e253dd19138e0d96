import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { freePort } from "./free-port.js";

export interface DemoAccount {
  name: string;
  groups?: string[];
  organisation?: string;
}

export interface RunningProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** A real OpenID provider (oidc-provider) on loopback, with its own signing key and the given people. */
export async function startProvider(redirectUri: string, accounts: Record<string, DemoAccount>, port?: number): Promise<RunningProvider> {
  port ??= await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const provider = new Provider(issuer, {
    clients: [{ client_id: "impact-map", client_secret: "a-test-secret-of-some-length", redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    jwks: { keys: [jwk] },
    cookies: { keys: ["a-cookie-key-for-the-test-provider"] },
    claims: { openid: ["sub"], profile: ["name", "groups", "organisation"] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const a = accounts[sub];
      return a ? { accountId: sub, claims: () => ({ sub, ...a }) } : undefined;
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    issuer,
    clientId: "impact-map",
    clientSecret: "a-test-secret-of-some-length",
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * Signs `login` in at the provider's own pages over HTTP, as a browser would (its cookies kept
 * between steps), from the authorization URL to the redirect back: returns that redirect's URL.
 */
export async function signInAtProvider(authorizationUrl: string, redirectUri: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = authorizationUrl;
  let body: URLSearchParams | null = null;
  for (let hop = 0; hop < 20; hop++) {
    const res: Response = await fetch(url, { method: body ? "POST" : "GET", body, redirect: "manual", headers: { cookie: cookie() } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!, v.join("="));
    }
    body = null;
    const location = res.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      if (url.startsWith(redirectUri)) return url;
      continue;
    }
    const html: string = await res.text();
    if (!url.includes("/interaction/")) throw new Error(`the provider answered ${res.status} at ${url}: ${html.slice(0, 300)}`);
    body = new URLSearchParams(html.includes('name="login"') ? { prompt: "login", login, password: "demo" } : { prompt: "consent" });
  }
  throw new Error("the sign-in did not come back");
}
