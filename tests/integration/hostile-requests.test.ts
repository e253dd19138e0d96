import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { App } from "../../server/app.js";
import { FAILURES_ALLOWED } from "../../server/auth/sign-in-failures.js";
import type { Database } from "../../server/graph/database.js";
import { LIMITS } from "../../server/graphql/hardening.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "ADMIN"));
});
afterAll(() => db.close());

const from = (address: string) => ({ req: { socket: { remoteAddress: address } } });
async function post(
  body: string,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
): Promise<{ status: number; text: string }> {
  const res = await app.fetch(
    new Request("http://x/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body }),
  );
  return { status: res.status, text: await res.text() };
}

describe("requests that are not what they claim", () => {
  it("answers 400 to a GET whose variables are not JSON", async () => {
    const url = `http://x/graphql?query=${encodeURIComponent("{ me { name } }")}&variables=${encodeURIComponent("{not-json")}`;
    const res = await app.fetch(new Request(url, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: "The variables parameter must be a JSON object.", extensions: { code: "BAD_USER_INPUT" } }],
    });
  });

  it("answers a body that is not JSON in its own words, without the parser's", async () => {
    const r = await post('{"query":', { authorization: `Bearer ${token}`, accept: "application/graphql-response+json" });
    expect(r.status).toBe(400);
    expect(r.text).toContain("BAD_REQUEST");
    expect(r.text).not.toMatch(/originalError|Unexpected end|SyntaxError/);
  });

  it("gives every limit refusal a code", async () => {
    let deep = "id";
    for (let i = 0; i < LIMITS.depth + 2; i++) deep = `neighbours { node { ${deep} } }`;
    const queries = [
      `{ node(id: "x") { ${deep} } }`,
      `{ ${Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `a${i}: me { name }`).join(" ")} }`,
      `{ me ${"@include(if: true) ".repeat(LIMITS.directives + 5)} { name } }`,
      `{ ${Array.from({ length: LIMITS.tokens + 1 }, () => "__typename").join(" ")} }`,
    ];
    for (const q of queries) {
      const r = await gql(app, token, q);
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors ?? [])
        expect(e.extensions?.code, e.message).toMatch(/^(GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|BAD_USER_INPUT)$/);
    }
  });

  it("checks the token before reading a byte of the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    for (const headers of [{}, { authorization: "Bearer not-a-token" }]) {
      const res = await app.fetch(
        new Request("http://x/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body,
          duplex: "half",
        } as RequestInit),
      );
      expect(res.status).toBe(401);
    }
    // A stream readies its first chunk on its own; a body read in full would have pulled sixty-four.
    expect(pulled).toBeLessThanOrEqual(1);
  });
});

describe("refused tokens", () => {
  it("are counted per address, logged without the token, throttled with Retry-After, and shown to administrators", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const wrong = "him_wrong-token-that-must-not-be-logged";
    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_ALLOWED + 5; i++) {
      const res = await app.fetch(
        new Request("http://x/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${wrong}` },
          body: '{"query":"{ me { name } }"}',
        }),
        from("192.0.2.7"),
      );
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
          "TOO_MANY_REQUESTS",
        );
      }
    }
    expect(statuses.slice(0, FAILURES_ALLOWED + 1).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(FAILURES_ALLOWED + 1).every((s) => s === 429)).toBe(true);
    // Even the right token waits from that address; another address is not held back.
    const held = await app.fetch(
      new Request("http://x/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: '{"query":"{ me { name } }"}',
      }),
      from("192.0.2.7"),
    );
    expect(held.status).toBe(429);
    const other = await app.fetch(
      new Request("http://x/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: '{"query":"{ me { name } }"}',
      }),
      from("192.0.2.8"),
    );
    expect(other.status).toBe(200);
    const logged = warn.mock.calls.map((c) => String(c[0])).join("\n");
    warn.mockRestore();
    expect(logged).toContain("192.0.2.7");
    expect(logged).not.toContain(wrong);
    const seen = await gql<{ signInFailures: Array<{ address: string; count: number; total: number; throttledUntil: string | null }> }>(
      app,
      token,
      "{ signInFailures { address count total throttledUntil } }",
    );
    const row = seen.data?.signInFailures.find((f) => f.address === "192.0.2.7");
    expect(row).toMatchObject({ count: FAILURES_ALLOWED + 1, total: FAILURES_ALLOWED + 1 });
    expect(row?.throttledUntil).toBeTruthy();
    const { token: auditor } = await appWithToken(db, "AUDITOR");
    expect((await gql(app, auditor, "{ signInFailures { address } }")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
