import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { appWithToken, gql, idPrefix, importDocument, closeRemoving, openWithDocument } from "../support/integration.js";

// Ids sort after every other node's, so a filter by this organisation sees only these.
const P = idPrefix("zz-browse-");
const id = (s: string): string => `${P}${s}`;

/** Two organisations: one with five systems of two kinds, a service and a store; one with a system. */
const doc = {
  organisations: [
    { id: id("org-a"), name: "Browse Trust", type: "ACUTE_TRUST" },
    { id: id("org-b"), name: "Other Trust", type: "COMMUNITY_TRUST" },
  ],
  suppliers: [{ id: id("sup"), name: "Browse supplier" }],
  careServices: [{ id: id("svc"), name: "Browse service", organisation: id("org-a"), severity: "MAJOR", patientsPerDay: 10 }],
  systems: [
    ...["1", "2", "3", "4"].map((k) => ({ id: id(`sys-app-${k}`), name: `App ${k}`, organisation: id("org-a"), kind: "APPLICATION" })),
    { id: id("sys-net"), name: "Network", organisation: id("org-a"), kind: "NETWORK" },
    { id: id("sys-other"), name: "Other app", organisation: id("org-b"), kind: "APPLICATION" },
  ],
  dataStores: [{ id: id("ds"), name: "Browse store", organisation: id("org-a"), records: 10, sensitivity: "T2" }],
};

const Q = `query($org: ID, $label: NodeLabel, $kind: SystemKind, $first: Int, $after: String) {
  nodes(organisation: $org, label: $label, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id label ... on System { kind } } } } }`;
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string; label: string; kind?: string } }>;
}

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(doc, "BOARD", "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

const browse = async (vars: Record<string, unknown>): Promise<Page> => {
  const r = await gql<{ nodes: Page }>(app, token, Q, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.nodes;
};
const ids = (p: Page): string[] => p.edges.map((e) => e.node.id.slice(P.length));

describe("nodes", () => {
  it("pages an organisation's nodes in id order, every one once, and counts them all", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const p: Page = await browse({ org: id("org-a"), first: 3, after });
      expect(p.totalCount).toBe(7);
      seen.push(...ids(p));
      if (!p.pageInfo.hasNextPage) break;
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(["ds", "svc", "sys-app-1", "sys-app-2", "sys-app-3", "sys-app-4", "sys-net"]);
  });

  it("filters by label, and by kind of system", async () => {
    expect(ids(await browse({ org: id("org-a"), label: "System" }))).toEqual([
      "sys-app-1",
      "sys-app-2",
      "sys-app-3",
      "sys-app-4",
      "sys-net",
    ]);
    const nets = await browse({ org: id("org-a"), kind: "NETWORK" });
    expect(nets.edges.map((e) => [e.node.id.slice(P.length), e.node.label, e.node.kind])).toEqual([["sys-net", "System", "NETWORK"]]);
    expect(ids(await browse({ org: id("org-b"), label: "System", kind: "APPLICATION" }))).toEqual(["sys-other"]);
    expect((await browse({ org: id("org-a"), label: "Supplier" })).totalCount).toBe(0);
  });

  it("keeps its place by id when the graph changes between pages", async () => {
    const first = await browse({ org: id("org-a"), label: "System", first: 2 });
    expect(ids(first)).toEqual(["sys-app-1", "sys-app-2"]);
    const writer = await appWithToken(db, "RISK_MANAGER");
    const add = { systems: [{ id: id("sys-app-0"), name: "App 0", organisation: id("org-a"), kind: "APPLICATION" }] };
    expect((await importDocument(writer.app, writer.token, add)).errors).toBeUndefined();
    const next = await browse({ org: id("org-a"), label: "System", first: 2, after: first.pageInfo.endCursor });
    expect(ids(next)).toEqual(["sys-app-3", "sys-app-4"]);
    expect(next.totalCount).toBe(6);
  });

  it("refuses a kind with another label, an unknown organisation, a bad cursor and too large a page", async () => {
    const refused = async (vars: Record<string, unknown>): Promise<string> => {
      const r = await gql(app, token, Q, vars);
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      return r.errors![0]!.message;
    };
    expect(await refused({ label: "DataStore", kind: "NETWORK" })).toMatch(/kind is a system's/);
    expect(await refused({ org: id("org-none") })).toMatch(/is not an organisation in the graph/);
    expect(await refused({ after: "bm90LWEtY3Vyc29y" })).toMatch(/not a cursor/);
    expect(await refused({ first: 501 })).toMatch(/at most 500/);
    expect(await refused({ first: 0 })).toMatch(/at least 1/);
  });
});
