import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { parseMapping } from "../../server/auth/oidc/mapping.js";
import { openIdSignIn } from "../../server/auth/oidc/sign-in.js";
import type { Database } from "../../server/graph/database.js";
import { openDatabase } from "../support/integration.js";
import { signInAtProvider, startProvider, type RunningProvider } from "../support/oidc-provider.js";
import { cleanUp, loadGraph, node, ORG, P } from "./scope/fixture.js";

// Sign-in through a real OpenID provider on loopback, the product's own session cookie, and each refusal.
const BASE = "http://127.0.0.1:4999";
const REDIRECT = `${BASE}/auth/callback`;
let db: Database;
let provider: RunningProvider;
let app: App;
const ACCOUNTS = {
  [`${P}jo`]: { name: `${P}Jo Trust`, groups: [`${P}rm`], organisation: ORG.in },
  [`${P}nobody`]: { name: "No Body", groups: ["unrelated"] },
};
const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };
const settings = () => ({
  issuer: new URL(provider.issuer),
  clientId: provider.clientId,
  clientSecret: provider.clientSecret,
  redirectUri: new URL(REDIRECT),
  mapping: parseMapping(MAPPING),
  limits,
});

const MAPPING = [
  `{"when": {"claim": "groups", "value": "${P}rm"}, "role": "RISK_MANAGER", "organisations": "FROM_CLAIM"}`,
  `{"when": {"claim": "groups", "value": "${P}board"}, "role": "BOARD", "organisations": "ALL"}`,
].join("\n");

beforeAll(async () => {
  db = await openDatabase();
  await loadGraph(db);
  provider = await startProvider(REDIRECT, ACCOUNTS);
  app = createApp({ db, maxRequestBytes: 1024 * 1024, signIn: await openIdSignIn(db, settings()) });
});
afterAll(async () => {
  await provider?.stop();
  await cleanUp(db);
  await db.write((tx) => tx.run("MATCH (s:BrowserSession) WHERE s.subject STARTS WITH $p DELETE s", { p: P }));
  await db.close();
});

/** Begins a sign-in at the product and completes it at the provider: the callback URL. */
async function throughProvider(login: string, via: App = app): Promise<string> {
  const start = await via.fetch(new Request(`${BASE}/auth/login`));
  expect(start.status).toBe(303);
  return signInAtProvider(start.headers.get("location")!, REDIRECT, login);
}
const cookieOf = (r: Response): string => r.headers.get("set-cookie")!.split(";")[0]!;
const gql = async (cookie: string, query: string, variables = {}, origin: string | null = BASE) => {
  const headers: Record<string, string> = { "content-type": "application/json", cookie };
  if (origin) headers.origin = origin;
  const res = await app.fetch(new Request(`${BASE}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) }));
  return {
    status: res.status,
    ...((await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> }),
  };
};
const rename = (cookie: string, org: string, side: "in" | "out", origin: string | null = BASE) =>
  gql(
    cookie,
    "mutation($n: NodeInput!) { updateNode(node: $n) { applied } }",
    { n: { system: { id: node(side, "sys"), name: `Renamed ${Date.now()}`, organisation: org, kind: "APPLICATION" } } },
    origin,
  );

describe("sign-in with OpenID Connect", () => {
  it("signs a mapped person in: an HttpOnly, SameSite=Strict session cookie, stored only as a hash, naming them, their role and organisations", async () => {
    const back = await app.fetch(new Request(await throughProvider(`${P}jo`)));
    expect(back.status).toBe(200);
    const setCookie = back.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = cookieOf(back);
    const me = await gql(cookie, "{ me { name role organisations } }");
    expect(me.data).toEqual({ me: { name: `${P}Jo Trust`, role: "RISK_MANAGER", organisations: [ORG.in] } });
    const stored = await db.read(async (tx) =>
      JSON.stringify(
        (await tx.run("MATCH (s:BrowserSession {subject: $s}) RETURN collect(properties(s)) AS p", { s: `${P}jo` })).records[0]!.get("p"),
      ),
    );
    expect(stored).not.toContain(cookie.split("=")[1]);

    expect((await rename(cookie, ORG.in, "in")).errors).toBeUndefined();
    const out = await rename(cookie, ORG.out, "out");
    expect(out.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(out.errors?.[0]?.message).toContain(ORG.out);

    // A state-changing request with the cookie from another origin, or with none: refused, nothing written.
    for (const origin of ["https://evil.example", null]) {
      const cross = await rename(cookie, ORG.in, "in", origin);
      expect(cross.status).toBe(403);
      expect(cross.errors?.[0]?.message).toMatch(/must come from http:\/\/127\.0\.0\.1:4999/);
    }

    const bye = await app.fetch(new Request(`${BASE}/auth/logout`, { method: "POST", headers: { cookie, origin: BASE } }));
    expect(bye.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    const after = await gql(cookie, "{ me { name } }");
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.message).toMatch(/session has ended/);
  });

  it("refuses, with the reason, a person whose claims map to no role", async () => {
    const back = await app.fetch(new Request(await throughProvider(`${P}nobody`)));
    expect(back.status).toBe(403);
    expect(back.headers.get("set-cookie")).toBeNull();
    expect(await back.text()).toMatch(/give no role in this product/);
  });

  it("refuses a callback with the wrong state, and a code used twice", async () => {
    const callback = new URL(await throughProvider(`${P}jo`));
    const wrong = new URL(callback);
    wrong.searchParams.set("state", "not-the-state");
    const refused = await app.fetch(new Request(wrong));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/state does not match/);
    expect((await app.fetch(new Request(callback))).status).toBe(200);
    const replayed = await app.fetch(new Request(callback));
    expect(replayed.status).toBe(400);
    expect(replayed.headers.get("set-cookie")).toBeNull();
  });

  it("ends a session idle too long, and one past its absolute limit", async () => {
    for (const short of [
      { idleMs: 1_000, absoluteMs: 60_000 },
      { idleMs: 60_000, absoluteMs: 1_000 },
    ]) {
      const brief = createApp({ db, maxRequestBytes: 1024 * 1024, signIn: await openIdSignIn(db, { ...settings(), limits: short }) });
      const back = await brief.fetch(new Request(await throughProvider(`${P}jo`, brief)));
      const cookie = cookieOf(back);
      const ask = () =>
        brief.fetch(
          new Request(`${BASE}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie, origin: BASE },
            body: '{"query":"{ me { name } }"}',
          }),
        );
      expect((await ask()).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_300));
      const late = await ask();
      expect(late.status).toBe(401);
      expect(((await late.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/session has ended/);
    }
  });

  it("refuses an ID token signed with a key the issuer does not publish, and writes no session", async () => {
    // The product reads the issuer's keys at its first sign-in; a provider at the same address then signs with another key under the same key id.
    expect((await app.fetch(new Request(await throughProvider(`${P}jo`)))).status).toBe(200);
    const port = Number(new URL(provider.issuer).port);
    await provider.stop();
    provider = await startProvider(REDIRECT, ACCOUNTS, { port, newKey: true });
    const sessions = () =>
      db.read(async (tx) =>
        Number((await tx.run("MATCH (s:BrowserSession {subject: $s}) RETURN count(s) AS c", { s: `${P}jo` })).records[0]!.get("c")),
      );
    const before = await sessions();
    const back = await app.fetch(new Request(await throughProvider(`${P}jo`)));
    const text = await back.text();
    expect(text).toMatch(/answer was refused.*signature/i);
    expect(back.status).toBe(400);
    expect(back.headers.get("set-cookie")).toBeNull();
    expect(await sessions()).toBe(before);
  });

  it("refuses an expired ID token, and writes no session", async () => {
    // The issuer's own key again (the one the product read first), so only the expiry is wrong.
    const port = Number(new URL(provider.issuer).port);
    await provider.stop();
    provider = await startProvider(REDIRECT, ACCOUNTS, { port, idTokenTtl: -3600 });
    const sessions = () =>
      db.read(async (tx) =>
        Number((await tx.run("MATCH (s:BrowserSession {subject: $s}) RETURN count(s) AS c", { s: `${P}jo` })).records[0]!.get("c")),
      );
    const before = await sessions();
    const back = await app.fetch(new Request(await throughProvider(`${P}jo`)));
    const text = await back.text();
    expect(text).toMatch(/answer was refused.*exp/i);
    expect(back.status).toBe(400);
    expect(back.headers.get("set-cookie")).toBeNull();
    expect(await sessions()).toBe(before);
  });
});
