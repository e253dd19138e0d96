import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { gql, idPrefix, closeRemoving, openWithDocument } from "../support/integration.js";

const P = idPrefix("q");
const id = (s: string): string => `${P}${s}`;

/** One organisation with one gap of each kind, and one node without any. */
const doc = {
  organisations: [{ id: id("org"), name: "Quality Trust", type: "ACUTE_TRUST" }],
  suppliers: [
    { id: id("sup-used"), name: "Used supplier" },
    { id: id("sup-idle"), name: "Idle supplier" },
    { id: id("sup-host"), name: "Hosting supplier" },
  ],
  careServices: [
    { id: id("svc-ok"), name: "Modelled service", organisation: id("org"), severity: "MAJOR", patientsPerDay: 10, owner: "Ops" },
    { id: id("svc-bare"), name: "Bare service", organisation: id("org"), severity: "MINOR", patientsPerDay: 1, owner: "Ops" },
  ],
  systems: [
    { id: id("sys-ok"), name: "Used system", organisation: id("org"), kind: "APPLICATION", owner: "IT", supplier: id("sup-idle") },
    { id: id("sys-idle"), name: "Idle system", organisation: id("org"), kind: "APPLICATION" },
    // Its supplier's hosting makes it depend on sup-host: no stored edge, yet sup-host has a dependant.
    {
      id: id("sys-hosted"),
      name: "Hosted system",
      organisation: id("org"),
      kind: "APPLICATION",
      owner: "IT",
      supplier: id("sup-host"),
      hosting: "SUPPLIER_HOSTED",
    },
  ],
  dataStores: [
    { id: id("ds-ok"), name: "Read store", organisation: id("org"), records: 10, sensitivity: "T3", owner: "IG" },
    { id: id("ds-idle"), name: "Unread store", organisation: id("org"), records: 10, sensitivity: "T3", owner: "IG" },
  ],
  dependencies: [
    { from: id("svc-ok"), to: id("sys-ok") },
    { from: id("svc-ok"), to: id("sys-hosted") },
    { from: id("sys-ok"), to: id("sup-used") },
  ],
  accesses: [{ system: id("sys-ok"), dataStore: id("ds-ok") }],
};

const Q = `query($org: ID) { dataQuality(organisation: $org, first: 10) { findings { issue count nodes { id } } shortGroups { node } } }`;
type Answer = {
  dataQuality: { findings: Array<{ issue: string; count: number; nodes: Array<{ id: string }> }>; shortGroups: Array<{ node: string }> };
};

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(doc, "AUDITOR", "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

describe("dataQuality", () => {
  it("names each gap of an organisation's model, and nothing that is modelled", async () => {
    const r = await gql<Answer>(app, token, Q, { org: id("org") });
    expect(r.errors).toBeUndefined();
    const found = Object.fromEntries(r.data!.dataQuality.findings.map((f) => [f.issue, f.nodes.map((n) => n.id.slice(P.length))]));
    expect(found).toEqual({
      SERVICE_WITHOUT_DEPENDENCIES: ["svc-bare"],
      SYSTEM_NOTHING_DEPENDS_ON: ["sys-idle"],
      STORE_NOT_ACCESSED: ["ds-idle"],
      // Of the organisation's suppliers (those its systems name), the one nothing depends on.
      SUPPLIER_WITHOUT_DEPENDANTS: ["sup-idle"],
      NO_OWNER: ["sys-idle"],
      // Names a supplier without saying who runs it.
      SUPPLIER_WITHOUT_HOSTING: ["sys-ok"],
    });
    expect(r.data!.dataQuality.shortGroups).toEqual([]);
  });

  it("counts beyond the nodes it lists, and refuses an organisation the graph does not hold", async () => {
    const all = await gql<Answer>(app, token, `{ dataQuality(first: 0) { findings { issue count nodes { id } } } }`);
    for (const f of all.data!.dataQuality.findings) expect(f.nodes).toEqual([]);
    expect(all.data!.dataQuality.findings.find((f) => f.issue === "NO_OWNER")!.count).toBeGreaterThanOrEqual(1);
    const bad = await gql(app, token, Q, { org: id("nothing") });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
