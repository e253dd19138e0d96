import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { can, ROLES } from "../../server/auth/roles.js";
import { Database } from "../../server/graph/database.js";
import { appWithToken, gql, openDatabase, importDocument } from "../support/integration.js";
import { tcpProxy } from "../support/tcp-proxy.js";
import { inject } from "vitest";

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "ADMIN"));
});
afterAll(() => db.close());

const get = (path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Response> =>
  app.fetch(new Request(`http://127.0.0.1:4000${path}`, { method, headers }));

describe("the HTTP edge", () => {
  it("answers a malformed path with 400 and nothing internal", async () => {
    const res = await get("/%E0%A4%A");
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/Error|at |\/work|\.ts/);
  });

  it("refuses a report argument it does not know with 400", async () => {
    for (const q of ["marking=SECRET", "organisation="]) {
      const res = await get(`/report.json?${q}`, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("sends a content security policy, frame-ancestors and a referrer policy with the client", async () => {
    const res = await get("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("serves GraphiQL to a browser from this origin under its own policy, and tells nobody the schema without a token", async () => {
    const res = await get("/graphql", { accept: "text/html,application/xhtml+xml" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<script src="/graphiql/graphiql.js"></script>');
    expect(html).not.toMatch(/https?:\/\/|<script>|__schema|auditTrail/);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/font-src 'self' data:;/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    // Every other response keeps the product's policy.
    expect((await get("/")).headers.get("content-security-policy")).toMatch(/font-src 'self';/);

    const script = await get("/graphiql/graphiql.js");
    expect(script.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await script.text()).toMatch(/MonacoEnvironment[\s\S]*renderYogaGraphiQL/);
    expect((await get("/graphiql/editor.worker.js")).status).toBe(200);
    expect((await get("/graphiql/nothing.js")).status).toBe(404);

    // A query, GET or POST, still needs a token: the page gives the schema to no one.
    const introspect = await get(`/graphql?query=${encodeURIComponent("{ __schema { types { name } } }")}`, { accept: "application/json" });
    expect(introspect.status).toBe(401);
    expect(await introspect.text()).not.toContain("__schema");
  });

  it("allows no other origin unless configured, and never with credentials", async () => {
    const preflight = {
      origin: "https://evil.example",
      "access-control-request-method": "POST",
      "access-control-request-headers": "authorization, content-type",
    };
    const res = await get("/graphql", preflight, "OPTIONS");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();

    const configured = createApp({ db, maxRequestBytes: 1e6, corsOrigins: ["https://trust.example"] });
    const allowed = await configured.fetch(
      new Request("http://127.0.0.1:4000/graphql", { method: "OPTIONS", headers: { ...preflight, origin: "https://trust.example" } }),
    );
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://trust.example");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await configured.fetch(new Request("http://127.0.0.1:4000/graphql", { method: "OPTIONS", headers: preflight }));
    expect(other.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });

  it("documents in docs/api.md exactly what each role may do", () => {
    const doc = readFileSync("docs/api.md", "utf8");
    const table = /## Roles\n\n([\s\S]*?)\n\n/.exec(doc)?.[1] ?? "";
    const [head, , ...rows] = table.split("\n").map((l) =>
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
    const actions = head!.slice(1).map((a) => a.replace(/`/g, ""));
    expect(actions.length).toBeGreaterThan(0);
    for (const role of ROLES) {
      const row = rows.find((r) => r[0] === `\`${role}\``);
      expect(row, role).toBeDefined();
      actions.forEach((action, i) =>
        expect(`${role} ${action}: ${row![i + 1]}`).toBe(`${role} ${action}: ${can(role, action as never) ? "yes" : "no"}`),
      );
    }
  });
});

describe("a document larger than a GraphQL request", () => {
  it("is imported through POST /import, parsed and checked off the event loop, and refused whole when broken", async () => {
    const small = createApp({ db, maxRequestBytes: 2_000, maxImportBytes: 50_000_000 });
    const p = `imp-${Date.now()}-`;
    // Over the 1 MiB that is parsed in place, so this goes through the worker thread.
    const organisations = Array.from({ length: 12_000 }, (_, i) => ({
      id: `${p}org-${i}`,
      name: `Practice ${i} ${"x".repeat(40)}`,
      type: "GP_PRACTICE",
    }));
    const body = JSON.stringify({ organisations });
    const post = (b: string, token: string | null, mode = "MERGE"): Promise<Response> =>
      small.fetch(
        new Request(`http://127.0.0.1:4000/import?mode=${mode}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: b,
        }),
      );

    expect((await importDocument(small, token, { organisations })).status).toBe(413);
    const ok = await post(body, token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { importGraph: { nodes: 12_000, relationships: 0 } } });

    const broken = await post(JSON.stringify({ organisations: [...organisations, { id: `${p}x`, name: "", type: "NOPE" }] }), token);
    expect(broken.status).toBe(400);
    const problems = ((await broken.json()) as { errors: Array<{ extensions: { problems: Array<{ path: string }> } }> }).errors[0]!
      .extensions.problems;
    expect(problems.map((x) => x.path)).toEqual(["$.organisations[12000].name", "$.organisations[12000].type"]);
    expect((await post("{ not json", token)).status).toBe(400);
    expect((await post(body, null)).status).toBe(401);
  });
});

describe("when the database fails under a request", () => {
  it("answers SERVICE_UNAVAILABLE, not INTERNAL_SERVER_ERROR, to a request the outage catches", async () => {
    const proxy = await tcpProxy(inject("neo4jUri"));
    const viaProxy = new Database({ uri: proxy.uri, user: "neo4j", password: inject("neo4jPassword"), database: "neo4j" });
    try {
      const cached = createApp({ db: viaProxy, maxRequestBytes: 1e6, authCacheMs: 60_000 });
      expect((await gql(cached, token, "{ me { role } }")).data).toEqual({ me: { role: "ADMIN" } });
      await proxy.cut();
      const r = await gql(cached, token, "{ graphSummary { version } }");
      expect(r.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      await viaProxy.close();
      await proxy.close();
    }
  });

  it("answers SERVICE_UNAVAILABLE to a request that waits too long for a connection", async () => {
    const small = new Database({
      uri: inject("neo4jUri"),
      user: "neo4j",
      password: inject("neo4jPassword"),
      database: "neo4j",
      pool: { size: 2, acquireTimeoutMs: 300 },
    });
    const held = [small.driver.session({ database: "neo4j" }), small.driver.session({ database: "neo4j" })];
    try {
      const cached = createApp({ db: small, maxRequestBytes: 1e6, authCacheMs: 60_000 });
      expect((await gql(cached, token, "{ me { role } }")).data).toEqual({ me: { role: "ADMIN" } });
      const txs = await Promise.all(
        held.map(async (s) => {
          const tx = s.beginTransaction();
          await tx.run("RETURN 1");
          return tx;
        }),
      );
      const r = await gql(cached, token, "{ graphSummary { version } }");
      expect(r.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      await Promise.all(txs.map((tx) => tx.rollback()));
    } finally {
      await Promise.all(held.map((s) => s.close()));
      await small.close();
    }
  });
});
