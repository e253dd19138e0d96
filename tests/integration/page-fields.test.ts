import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { gql, idPrefix, closeRemoving, openWithDocument } from "../support/integration.js";

const P = idPrefix("p");
const EXAMPLE = withPrefix(loadJson("seed/worked-example.json"), P);
const id = (s: string): string => `${P}${s}`;
const strip = (s: string): string => s.slice(P.length);

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(EXAMPLE, "AUDITOR", "ADMIN"));
});
afterAll(() => closeRemoving(db, P));

type Path = { store: { id: string; organisationName: string }; path: Array<{ id: string }>; viaAccess: boolean; harm: number };

describe("the fields the client's pages read", () => {
  it("names each node's organisation", async () => {
    const r = await gql<{ node: { organisationName: string } }>(
      app,
      token,
      `query($id: ID!) { node(id: $id) { ... on System { organisationName } } }`,
      { id: id("sys-epr") },
    );
    expect(r.errors).toBeUndefined();
    const org = (EXAMPLE.organisations as Array<{ id: string; name: string }>)[0]!;
    expect(r.data!.node.organisationName).toBe(org.name);
  });

  it("draws a compromise's exposure paths, the parts adding up to the confidentiality harm", async () => {
    const r = await gql<{ blastRadius: { confidentialityHarm: number; exposurePaths: Path[] } }>(
      app,
      token,
      `query($k: [ID!]!) { blastRadius(compromised: $k) { confidentialityHarm exposurePaths { store { id organisationName } path { id } viaAccess harm } } }`,
      { k: [id("sys-ad")] },
    );
    expect(r.errors).toBeUndefined();
    const b = r.data!.blastRadius;
    expect(b.exposurePaths.map((x) => [strip(x.store.id), x.path.map((n) => strip(n.id)), x.viaAccess, x.harm])).toEqual([
      ["ds-epr", ["sys-ad", "sys-epr", "ds-epr"], true, 3000],
      ["ds-mh", ["sys-ad", "sys-epr", "ds-mh"], true, 80],
    ]);
    expect(b.exposurePaths.reduce((t, x) => t + x.harm, 0)).toBeCloseTo(b.confidentialityHarm, 9);
  });

  it("ranks care lost and data exposed apart, and explains a row's exposure with its paths", async () => {
    const Q = `query($org: ID, $by: RankingOrder) { protectFirst(organisation: $org, first: 3, by: $by) { edges { node { rank asset { id } availabilityHarm confidentialityHarm exposurePaths { store { id } harm } } } } }`;
    type R = {
      protectFirst: {
        edges: Array<{
          node: {
            rank: number;
            asset: { id: string };
            availabilityHarm: number;
            confidentialityHarm: number;
            exposurePaths: Array<{ store: { id: string }; harm: number }>;
          };
        }>;
      };
    };
    const byData = await gql<R>(app, token, Q, { org: id("org-a"), by: "CONFIDENTIALITY" });
    expect(byData.errors).toBeUndefined();
    const rows = byData.data!.protectFirst.edges.map((e) => e.node);
    expect(rows.map((n) => n.rank)).toEqual([1, 2, 3]);
    expect(rows.map((n) => n.confidentialityHarm)).toEqual([...rows.map((n) => n.confidentialityHarm)].sort((a, b) => b - a));
    expect(rows[0]!.confidentialityHarm).toBe(3080);
    expect(rows[0]!.exposurePaths.reduce((t, x) => t + x.harm, 0)).toBeCloseTo(3080, 9);
    const byCare = await gql<R>(app, token, Q, { org: id("org-a"), by: "AVAILABILITY" });
    const care = byCare.data!.protectFirst.edges.map((e) => e.node);
    expect(strip(care[0]!.asset.id)).toMatch(/sys-(ad|epr|net)/);
    expect(care[0]!.availabilityHarm).toBe(3840);
  });

  it("pages through one order with its own cursors, and refuses a cursor of another order or of the ranking with recovery", async () => {
    const Q = `query($by: RankingOrder, $first: Int, $after: String, $recovery: Boolean) { protectFirst(organisation: "${id("org-a")}", first: $first, after: $after, by: $by, recovery: $recovery) {
      pageInfo { endCursor } edges { node { rank overallRank asset { id } } } } }`;
    type R = {
      protectFirst: {
        pageInfo: { endCursor: string };
        edges: Array<{ node: { rank: number; overallRank: number; asset: { id: string } } }>;
      };
    };
    const whole = await gql<R>(app, token, Q, { by: "AVAILABILITY", first: 4 });
    expect(whole.errors).toBeUndefined();
    const two = await gql<R>(app, token, Q, { by: "AVAILABILITY", first: 2 });
    const next = await gql<R>(app, token, Q, { by: "AVAILABILITY", first: 2, after: two.data!.protectFirst.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    const paged = [...two.data!.protectFirst.edges, ...next.data!.protectFirst.edges].map((e) => [
      e.node.rank,
      e.node.overallRank,
      e.node.asset.id,
    ]);
    expect(paged).toEqual(whole.data!.protectFirst.edges.map((e) => [e.node.rank, e.node.overallRank, e.node.asset.id]));
    const cursor = two.data!.protectFirst.pageInfo.endCursor;
    for (const other of [{ by: "CONFIDENTIALITY" }, { by: "TOTAL" }, { by: "AVAILABILITY", recovery: true }]) {
      const refused = await gql<R>(app, token, Q, { ...other, first: 2, after: cursor });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toMatch(/another ranking/);
    }
  });

  it("draws exposure paths for a scenario with recovery too", async () => {
    const r = await gql<{ blastRadius: { confidentialityHarm: number; exposurePaths: Path[] } }>(
      app,
      token,
      `query($k: [ID!]!) { blastRadius(lost: $k, compromised: $k, recovery: true) { confidentialityHarm exposurePaths { store { id organisationName } path { id } viaAccess harm } } }`,
      { k: [id("sys-ad")] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.blastRadius.exposurePaths.map((x) => strip(x.store.id))).toEqual(["ds-epr", "ds-mh"]);
    expect(r.data!.blastRadius.exposurePaths.reduce((t, x) => t + x.harm, 0)).toBeCloseTo(r.data!.blastRadius.confidentialityHarm, 9);
  });
});
