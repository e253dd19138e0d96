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

export interface ProviderOptions {
  /** Listen here (to stand in for a provider stopped at this address). */
  port?: number;
  /** Sign with a key of its own instead of the run's one, under the same key id. */
  newKey?: boolean;
  /** Seconds an ID token lives; negative: issued already expired. */
  idTokenTtl?: number;
}

let runKey: Promise<JsonWebKey> | null = null;
const makeKey = async (): Promise<JsonWebKey> => exportJWK((await generateKeyPair("RS256", { extractable: true })).privateKey);

/** A real OpenID provider (oidc-provider) on loopback, with a signing key made by jose and the given people. */
export async function startProvider(
  redirectUri: string,
  accounts: Record<string, DemoAccount>,
  o: ProviderOptions = {},
): Promise<RunningProvider> {
  const port = o.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const key = o.newKey ? await makeKey() : await (runKey ??= makeKey());
  const jwk = { ...key, kid: "test-key", alg: "RS256", use: "sig" };
  const ttl = o.idTokenTtl;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "impact-map",
        client_secret: "a-test-secret-of-some-length",
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["a-cookie-key-for-the-test-provider"] },
    claims: { openid: ["sub"], profile: ["name", "groups", "organisation"] },
    conformIdTokenClaims: false,
    // A function's answer is not checked by the provider: a negative one issues expired tokens.
    ...(ttl === undefined
      ? {}
      : {
          ttl: {
            IdToken: function idTokenTtl() {
              return ttl;
            },
          },
        }),
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
