import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { bumpGraphVersion } from "../../server/graph/graph-version.js";
import { appWithToken, gql, openDatabase, idPrefix, importDocument, closeRemoving } from "../support/integration.js";

const P = idPrefix("k");
const id = (s: string): string => `${P}${s}`;
const strip = (s: string): string => s.slice(P.length);

/** Three virtualisation hosts of which any two carry the load, on one shared storage array. */
const HOSTS = ["host-a", "host-b", "host-c"];
const doc = (share: number) => ({
  organisations: [{ id: id("org"), name: "Riverside", type: "ACUTE_TRUST" }],
  careServices: [{ id: id("svc"), name: "Emergency department", organisation: id("org"), severity: "MAJOR", patientsPerDay: 240 }],
  systems: ["app", ...HOSTS, "san", "x"].map((k) => ({ id: id(k), name: k, organisation: id("org"), kind: "INFRASTRUCTURE" })),
  dependencies: [
    { from: id("svc"), to: id("app") },
    ...HOSTS.map((h) => ({ from: id("app"), to: id(h), group: "cluster", share })),
    ...HOSTS.map((h) => ({ from: id(h), to: id("san") })),
  ],
});

let db: Database;
let app: App;
let token: string;

type Blast = {
  blastRadius: {
    affected: Array<{ node: { id: string }; capability: number }>;
    careServices: Array<{ service: { id: string }; capability: number; harm: number }>;
    availabilityHarm: number;
  };
};
const BLAST = `query($lost: [ID!]!, $compromised: [ID!]!) { blastRadius(lost: $lost, compromised: $compromised) {
  affected { node { id } capability } careServices { service { id } capability harm } availabilityHarm } }`;
const blast = (lost: string[], compromised: string[] = []) =>
  gql<Blast>(app, token, BLAST, { lost: lost.map(id), compromised: compromised.map(id) });
const mine = (b: Blast["blastRadius"]) =>
  Object.fromEntries(b.affected.filter((a) => a.node.id.startsWith(P)).map((a) => [strip(a.node.id), a.capability]));

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

describe("k-of-n capacity through the API: three hosts at share 0.5", () => {
  it("a group whose shares fall short is refused with every member's path, and nothing is written", async () => {
    const r = await importDocument(app, token, doc(0.25));
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const problems = r.errors![0]!.extensions!.problems!;
    expect(problems.map((p) => p.path)).toEqual(["$.dependencies[1].share", "$.dependencies[2].share", "$.dependencies[3].share"]);
    expect(problems[0]!.message).toMatch(/shares add up to 0\.75, 0\.25 short: raise a share, or model the shortfall as DEGRADES/);
    const n = await gql<{ node: unknown }>(app, token, `query($id: ID!) { node(id: $id) { id } }`, { id: id("app") });
    expect(n.data!.node).toBeNull();
  });

  it("imports the valid cluster", async () => {
    const r = await importDocument(app, token, doc(0.5));
    expect(r.errors).toBeUndefined();
  });

  it("nothing lost, or only compromised: nothing affected and no availability harm", async () => {
    const r = await blast([], ["x"]);
    expect(r.errors).toBeUndefined();
    expect(mine(r.data!.blastRadius)).toEqual({});
    expect(r.data!.blastRadius.availabilityHarm).toBe(0);
  });

  it("losing one host leaves the service unaffected", async () => {
    const r = await blast(["host-a"]);
    expect(mine(r.data!.blastRadius)).toEqual({ "host-a": 0 });
    expect(r.data!.blastRadius.careServices).toEqual([]);
  });

  it("losing two hosts leaves the application and the service at 0.5", async () => {
    const r = await blast(["host-a", "host-b"]);
    const cap = mine(r.data!.blastRadius);
    expect(cap.app).toBeCloseTo(0.5, 9);
    expect(cap.svc).toBeCloseTo(0.5, 9);
    // MAJOR weighs 8: 8 × 10 patients an hour × 0.5 lost × 24 h.
    expect(r.data!.blastRadius.careServices[0]!.harm).toBeCloseTo(960, 6);
  });

  it("no host is a single point of failure; the storage they share is", async () => {
    const r = await gql<{ singlePointsOfFailure: Array<{ id: string }> }>(
      app,
      token,
      `query($s: ID!) { singlePointsOfFailure(service: $s) { id } }`,
      { s: id("svc") },
    );
    expect(r.data!.singlePointsOfFailure.map((n) => strip(n.id))).toEqual(["app", "san"]);
  });
});

describe("a stored graph that breaks the rule (written behind the API)", () => {
  beforeAll(async () => {
    // Three hosts at 0.2 each: the group carries 0.6 of the need with all three standing.
    await db.write(async (tx) => {
      await tx.run("MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(b:Node) WHERE b.id IN $hosts SET r.share = 0.2", {
        a: id("app"),
        hosts: HOSTS.map(id),
      });
      await bumpGraphVersion(tx);
    });
  });

  it("graphSummary and /health name the group", async () => {
    const r = await gql<{ graphSummary: { shortGroups: Array<{ node: string; group: string; shares: number }> } }>(
      app,
      token,
      "{ graphSummary { shortGroups { node group shares } } }",
    );
    expect(r.errors).toBeUndefined();
    const short = r.data!.graphSummary.shortGroups.filter((g) => g.node.startsWith(P));
    expect(short).toEqual([{ node: id("app"), group: "cluster", shares: expect.closeTo(0.6, 9) }]);
    const health = (await (await app.fetch(new Request("http://x/health"))).json()) as {
      graph: { shortGroups?: { count: number; first: Array<{ node: string }> } };
    };
    expect(health.graph.shortGroups?.first.map((g) => g.node)).toContain(id("app"));
  });

  it("nothing lost, nothing affected; harm is measured against the graph as it runs", async () => {
    const none = await blast([], ["x"]);
    expect(mine(none.data!.blastRadius)).toEqual({});
    expect(none.data!.blastRadius.availabilityHarm).toBe(0);
    // Each host is read as a third of the need: losing one leaves two thirds.
    const one = await blast(["host-a"]);
    expect(mine(one.data!.blastRadius).svc).toBeCloseTo(2 / 3, 9);
  });
});
