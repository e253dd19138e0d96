import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { Database } from "../../server/graph/database.js";
import { LIMITS } from "../../server/graphql/hardening.js";
import { appWithToken, gql, openDatabase } from "../support/integration.js";
import { denseGraph, nestedNeighbours } from "../support/dense-graph.js";

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "AUDITOR"));
});
afterAll(() => db.close());

describe("authentication and roles at the edge", () => {
  it("refuses a request without a token, and one with a wrong token", async () => {
    expect((await gql(app, null, "{ graphSummary { version } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await gql(app, "him_not-a-real-token", "{ graphSummary { version } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an AUDITOR's import with FORBIDDEN and writes nothing", async () => {
    const r = await gql(app, token, "mutation { importGraph(document: {}) { nodes } }");
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("describes the schema only to a caller with a valid token", async () => {
    const q = "{ __schema { queryType { name } } }";
    expect((await gql(app, null, q)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await gql(app, token, q)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await gql(app, null, q)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("tells a caller without a token nothing of the schema: no enum values, no input rules", async () => {
    for (const q of [
      "{ riskHeatMap(status: OPE) { count } }",
      'mutation { createRisk(input: { title: "x" }) { id } }',
      "{ nodez { id } }",
    ]) {
      const r = await gql(app, null, q);
      expect(r.status).toBe(401);
      expect(r.errors).toHaveLength(1);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(JSON.stringify(r)).not.toMatch(/did you mean|OPEN|RiskInput|threat|nodes/i);
    }
  });

  it("checks the role before the arguments: a BOARD member learns no rule of a mutation", async () => {
    const { token: board } = await appWithToken(db, "BOARD");
    const input = {
      title: "x",
      threat: "OTHER",
      scenario: { lost: [] },
      likelihood: "LOW",
      owner: "o",
      treatment: "TREAT",
      nextReviewDate: "not a date",
    };
    for (const m of ["createRisk(input: $i)", 'updateRisk(id: "r", input: $i)']) {
      const r = await gql(app, board, `mutation($i: RiskInput!) { ${m} { id } }`, { i: input });
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const review = await gql(app, board, 'mutation { reviewRisk(id: "r", note: "", nextReviewDate: "bad") { id } }');
    expect(review.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const override = await gql(app, board, 'mutation { overrideConsequence(id: "r", justification: "") { id } }');
    expect(override.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("limits on what one request may ask", () => {
  it("answers 400, not 500, to a document nested a thousand levels deep", async () => {
    const deep = `{ node(id: "x") { ${"neighbours { node { ".repeat(1000)}id${" } }".repeat(1000)} } }`;
    const r = await gql(app, token, deep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/nests .* levels/);
  });

  it("counts the real fan-out of lists: nested neighbours with their default of 100 are refused before anything runs", async () => {
    const q = nestedNeighbours("sup-net", 5, null);
    const r = await gql(app, token, q);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/cost/);
    expect(r.data ?? null).toBeNull();
    // The same shape with a small first passes, and so does every query the client makes.
    expect((await gql(app, token, nestedNeighbours("sup-net", 2, 5))).errors).toBeUndefined();
  });

  it("answers forty levels of fragments spread twice each with a refusal, having visited each fragment once", async () => {
    const lines = [
      "fragment E0 on Viewer { name }",
      ...Array.from({ length: 40 }, (_, i) => `fragment E${i + 1} on Viewer { ...E${i} ...E${i} }`),
    ];
    const started = performance.now();
    const r = await gql(app, token, `{ me { ...E40 } }\n${lines.join("\n")}`);
    // Scalars cost nothing, so this one is allowed; the same shape over a list is refused by its cost.
    expect(r.data).toEqual({ me: { name: expect.any(String) } });
    const search = [
      'fragment S0 on Query { searchNodes(text: "a", first: 1) { id } }',
      ...Array.from({ length: 40 }, (_, i) => `fragment S${i + 1} on Query { ...S${i} ...S${i} }`),
    ];
    const refused = await gql(app, token, `{ ...S40 }\n${search.join("\n")}`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/cost 1099511627776/);
    console.log(`two forty-level fragment documents answered in ${(performance.now() - started).toFixed(0)} ms`);
  });

  it("charges a list answered whole by its real size: ten large radii asking each node's neighbours are refused, one is not", async () => {
    const start = await denseGraph(db, 200, 2);
    const radius = (i: number) =>
      `r${i}: blastRadius(lost: ["${start}"]) { affectedCount affected { node { id neighbours(first: 10) { node { neighbours(first: 10) { node { id } } } } } } }`;
    const one = await gql<{ r0: { affectedCount: number; affected: unknown[] } }>(app, token, `{ ${radius(0)} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.r0.affectedCount).toBeGreaterThan(150);
    const started = performance.now();
    const ten = await gql(app, token, `{ ${Array.from({ length: 10 }, (_, i) => radius(i)).join(" ")} }`);
    console.log(`ten radii refused in ${(performance.now() - started).toFixed(0)} ms`);
    expect(ten.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(ten.errors?.[0]?.message).toMatch(/would cost \d+, over the limit of 250000/);
    // The plain list of what is affected, however long, stays cheap.
    const plain = await gql(app, token, `{ blastRadius(lost: ["${start}"]) { affected { node { id name } capability } } }`);
    expect(plain.errors).toBeUndefined();
    // Its two hundred systems would crowd the rankings other files read from the shared graph.
    const prefix = start.replace(/sys-0$/, "");
    await db.write((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix }));
  });

  it("counts the fan-out with the variables given", async () => {
    const q = `query($n: Int) { node(id: "x") { ${"neighbours(first: $n) { node { ".repeat(4)}id${" } }".repeat(4)} } }`;
    expect((await gql(app, token, q, { n: 1000 })).errors?.[0]?.message).toMatch(/cost/);
    expect((await gql(app, token, q, { n: 3 })).errors).toBeUndefined();
  });

  it("refuses deep nesting", async () => {
    let q = "id";
    for (let i = 0; i < LIMITS.depth + 2; i++) q = `neighbours { node { ${q} } }`;
    const r = await gql(app, token, `{ node(id: "x") { ${q} } }`);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("refuses an alias flood", async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `a${i}: riskRating(likelihood: LOW, consequence: MINOR)`).join(
      " ",
    );
    const r = await gql(app, token, `{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses a huge query text", async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => "__typename").join(" ");
    const r = await gql(app, token, `{ ${fields} }`);
    expect(r.errors?.[0]?.message).toMatch(/token/i);
  });

  it("refuses batched operations: one request, one operation", async () => {
    const res = await app.fetch(
      new Request("http://x/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ me { name } }" }))),
      }),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    const body = (await res.json()) as { errors?: Array<{ message: string }> };
    expect(body.errors?.[0]?.message).toBeTruthy();
  });

  it("accepts a body up to the documented limit, past graphql-yoga's own 25,000,000 bytes", async () => {
    const r = await gql(app, token, "{ me { role } }", { pad: "x".repeat(26_000_000) });
    expect(r.status).toBe(200);
    expect(r.data).toEqual({ me: { role: "AUDITOR" } });
  });

  it("refuses a request body over the size limit without reading it", async () => {
    const small = createApp({ db, maxRequestBytes: 1000 });
    const res = await small.fetch(
      new Request("http://x/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ me { name } }", variables: { pad: "x".repeat(5000) } }),
      }),
    );
    expect(res.status).toBe(413);
  });

  it("keeps answering a normal query while abusive ones are refused", async () => {
    const abusive = Array.from({ length: 20 }, () =>
      gql(app, token, `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: me { name }`).join(" ")} }`),
    );
    const normal = gql(app, token, "{ me { role } }");
    const [n] = await Promise.all([normal, ...abusive]);
    expect(n.data).toEqual({ me: { role: "AUDITOR" } });
  });
});

describe("when the database is down", () => {
  it("answers SERVICE_UNAVAILABLE and /health 503, without crashing", async () => {
    const down = new Database({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "", database: "neo4j" });
    try {
      const dead = createApp({ db: down, maxRequestBytes: 1e6 });
      const r = await gql(dead, token, "{ me { name } }");
      expect(r.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      const health = await dead.fetch(new Request("http://x/health"));
      expect(health.status).toBe(503);
    } finally {
      await down.close();
    }
  });
});
