import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { DEMO_PEOPLE } from "./demo-people.js";

export interface DemoProvider {
  issuer: URL;
  clientId: string;
  clientSecret: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

const BANNER = `<p style="background:#ffd;border:2px solid #a60;padding:.5rem">
<strong>Demo identity provider</strong>: for trying the product on this machine only, never for real people.
Sign in as one of: ${Object.entries(DEMO_PEOPLE)
  .map(([login, p]) => `<code>${login}</code> (${p.name}, ${p.says})`)
  .join("; ")}; any password.</p>`;

/**
 * The demo's own OpenID provider (oidc-provider, in this process, on loopback only, with a key
 * made at start): the demo people sign in on its pages, each marked as the demo's. It is refused
 * anywhere but loopback, where real people could reach it.
 */
export async function startDemoProvider(host: string, redirectUri: URL): Promise<DemoProvider> {
  if (!LOOPBACK.test(host))
    throw new Error(`The demo identity provider runs only on loopback, not on HOST=${host}: configure OIDC_ISSUER and the rest.`);
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, host, r));
  // It serves the product's sign-in alone: it never keeps the process alive on its own.
  server.unref();
  const issuer = new URL(`http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`);
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const clientSecret = randomBytes(24).toString("base64url");
  const provider = new Provider(issuer.origin, {
    clients: [
      {
        client_id: "impact-map-demo",
        client_secret: clientSecret,
        redirect_uris: [redirectUri.href],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "demo", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(24).toString("base64url")] },
    claims: { openid: ["sub"], profile: ["name", "groups", "roles", "organisation"] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => {
      const p = DEMO_PEOPLE[sub];
      if (!p) return undefined;
      const { says: _says, ...claims } = p;
      return { accountId: sub, claims: () => ({ sub, ...claims }) };
    },
  });
  // Every page of the provider says it is the demo's, and whom to sign in as.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path.startsWith("/interaction") && typeof ctx.body === "string")
      ctx.body = ctx.body.replace(/<body[^>]*>/, (b) => `${b}${BANNER}`);
  });
  server.on("request", provider.callback());
  return { issuer, clientId: "impact-map-demo", clientSecret };
}
