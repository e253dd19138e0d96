import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { gql, idPrefix, importDocument, closeRemoving, openWithDocument } from "../support/integration.js";

const P = idPrefix("a");
const REGION = `${P}region`;
const EXAMPLE = withPrefix(loadJson("seed/worked-example.json"), P);
(EXAMPLE.organisations as Array<Record<string, unknown>>)[0]!.region = REGION;
const id = (s: string): string => `${P}${s}`;
const strip = (s: string): string => s.slice(P.length);

let db: Database;
let app: App;
let token: string;

type Blast = {
  blastRadius: {
    affectedCount: number;
    affected: Array<{ node: { id: string }; capability: number; status: string }>;
    careServices: Array<{
      service: { id: string };
      capability: number;
      status: string;
      harm: number;
      consequence: string | null;
      path: Array<{ id: string }>;
    }>;
    exposedDataStores: Array<{ id: string }>;
    availabilityHarm: number;
    confidentialityHarm: number;
    totalHarm: number;
    consequence: string | null;
    profile: string;
    impactOverTime: Array<{ hours: number; harm: number; consequence: string | null }>;
  };
};
const BLAST = `query($lost: [ID!]!, $compromised: [ID!]!, $hours: Float!) {
  blastRadius(lost: $lost, compromised: $compromised, hours: $hours) {
    affectedCount affected { node { id } capability status }
    careServices { service { id } capability status harm consequence path { id } }
    exposedDataStores { id } availabilityHarm confidentialityHarm totalHarm consequence profile
    impactOverTime { hours harm consequence }
  } }`;
const blast = (lost: string[], compromised: string[] = [], hours = 24) =>
  gql<Blast>(app, token, BLAST, { lost: lost.map(id), compromised: compromised.map(id), hours });

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(EXAMPLE, "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

describe("blastRadius over the API, on the worked example", () => {
  it("L = {sys-net}: every figure of the model's section 8, with the evidence", async () => {
    const r = await blast(["sys-net"]);
    expect(r.errors).toBeUndefined();
    const b = r.data!.blastRadius;
    const mine = b.affected.filter((a) => a.node.id.startsWith(P));
    expect(Object.fromEntries(mine.map((a) => [strip(a.node.id), [a.status, Math.round(a.capability * 1e9) / 1e9]]))).toEqual({
      "sys-net": ["FAILED", 0],
      "sys-epr": ["FAILED", 0],
      "sys-pas": ["DEGRADED", 0.5],
      "svc-ed": ["FAILED", 0],
      "svc-outpatients": ["DEGRADED", 0.5],
    });
    const services = Object.fromEntries(b.careServices.map((s) => [strip(s.service.id), s]));
    expect(services["svc-ed"]).toMatchObject({ status: "FAILED", consequence: "CATASTROPHIC" });
    expect(services["svc-ed"]!.harm).toBeCloseTo(2880, 9);
    expect(services["svc-ed"]!.path.map((n) => strip(n.id))).toEqual(["svc-ed", "sys-epr", "sys-net"]);
    expect(services["svc-outpatients"]!.harm).toBeCloseTo(960, 9);
    expect(b.availabilityHarm).toBeCloseTo(3840, 9);
    expect(b.consequence).toBe("CATASTROPHIC");
    expect(b.profile).toBe("default");
    expect(b.impactOverTime.map((p) => p.hours)).toEqual([1, 4, 24, 72, 168, 720]);
    expect(b.impactOverTime[2]!.harm).toBeCloseTo(3840, 9);
  });

  it("counts the affected nodes by organisation and kind, and lists one group on request", async () => {
    const r = await gql<{
      blastRadius: {
        affectedGroups: Array<{ organisation: string; label: string; count: number; failed: number }>;
        affected: Array<{ node: { id: string } }>;
      };
    }>(
      app,
      token,
      `query($l: [ID!]!, $o: ID) { blastRadius(lost: $l) { affectedGroups { organisation label count failed } affected(labels: [System], organisation: $o) { node { id } } } }`,
      { l: [id("sys-net")], o: id("org-a") },
    );
    const mine = r.data!.blastRadius.affectedGroups.filter((g) => g.organisation === id("org-a"));
    expect(mine).toEqual(
      expect.arrayContaining([
        { organisation: id("org-a"), label: "System", count: 3, failed: 2 },
        { organisation: id("org-a"), label: "CareService", count: 2, failed: 1 },
      ]),
    );
    expect(r.data!.blastRadius.affected.map((a) => strip(a.node.id)).sort()).toEqual(["sys-epr", "sys-net", "sys-pas"]);
  });

  it("answers a complete list or none: the affected nodes and their groups only while all fit in first", async () => {
    type Lists = {
      blastRadius: {
        affectedCount: number;
        few: unknown[];
        all: Array<{ node: { id: string } }>;
        fewGroups: unknown[];
        allGroups: unknown[];
        cut: unknown[];
      };
    };
    const r = await gql<Lists>(
      app,
      token,
      `query($l: [ID!]!) { blastRadius(lost: $l) { affectedCount
      few: affected(first: 4, complete: true) { node { id } }
      all: affected(first: 5, complete: true) { node { id } }
      fewGroups: affectedGroups(first: 1, complete: true) { label }
      allGroups: affectedGroups(first: 100, complete: true) { label }
      cut: affected(first: 4) { node { id } } } }`,
      { l: [id("sys-net")] },
    );
    expect(r.errors).toBeUndefined();
    const b = r.data!.blastRadius;
    expect(b.affectedCount).toBe(5);
    expect(b.few).toEqual([]);
    expect(b.all.map((a) => strip(a.node.id)).sort()).toEqual(["svc-ed", "svc-outpatients", "sys-epr", "sys-net", "sys-pas"]);
    expect(b.fewGroups).toEqual([]);
    expect(b.allGroups.length).toBeGreaterThan(1);
    // Without complete, first cuts the list as before.
    expect(b.cut).toHaveLength(4);
  });

  it("counts a large radius by region, drills into one region, and pages services and exposed stores", async () => {
    type Groups = Array<{
      organisation: string | null;
      organisationName?: string | null;
      region: string | null;
      label: string;
      count: number;
      failed: number;
    }>;
    const r = await gql<{
      blastRadius: {
        regions: Groups;
        inRegion: Groups;
        affected: Array<{ node: { id: string } }>;
        careServiceCount: number;
        careServices: Array<{ service: { id: string } }>;
      };
    }>(
      app,
      token,
      `query($l: [ID!]!, $r: String) { blastRadius(lost: $l) {
        regions: affectedGroups(by: REGION) { organisation region label count failed }
        inRegion: affectedGroups(region: $r, first: 1) { organisation organisationName region label count failed }
        affected(region: $r) { node { id } } careServiceCount careServices(first: 1) { service { id } } } }`,
      { l: [id("sys-net")], r: REGION },
    );
    expect(r.errors).toBeUndefined();
    const b = r.data!.blastRadius;
    expect(b.regions.filter((g) => g.region === REGION)).toEqual([
      { organisation: null, region: REGION, label: "System", count: 3, failed: 2 },
      { organisation: null, region: REGION, label: "CareService", count: 2, failed: 1 },
    ]);
    expect(b.inRegion).toEqual([
      {
        organisation: id("org-a"),
        organisationName: "Riverside Hospitals NHS Trust",
        region: REGION,
        label: "System",
        count: 3,
        failed: 2,
      },
    ]);
    expect(b.affected.map((a) => strip(a.node.id)).sort()).toEqual(["svc-ed", "svc-outpatients", "sys-epr", "sys-net", "sys-pas"]);
    expect(b.careServiceCount).toBe(2);
    expect(b.careServices.map((s) => strip(s.service.id))).toEqual(["svc-ed"]);

    const k = await gql<{ blastRadius: { exposedCount: number; exposedDataStores: Array<{ id: string }> } }>(
      app,
      token,
      `query($k: [ID!]!) { blastRadius(compromised: $k) { exposedCount exposedDataStores(first: 1) { id } } }`,
      { k: [id("sys-ad")] },
    );
    // The T3 mental health store comes before the larger T2 record store.
    expect(k.data!.blastRadius).toEqual({ exposedCount: 2, exposedDataStores: [{ id: id("ds-mh") }] });
    // "" names nodes with no organisation: of the pathology partner's radius, the partner itself.
    const s = await gql<{ blastRadius: { affected: Array<{ node: { id: string } }>; affectedGroups: Array<{ label: string }> } }>(
      app,
      token,
      `query($l: [ID!]!) { blastRadius(lost: $l) { affected(organisation: "") { node { id } } affectedGroups(labels: [CareService]) { label } } }`,
      { l: [id("sup-path")] },
    );
    expect(s.data!.blastRadius.affected.map((a) => strip(a.node.id))).toEqual(["sup-path"]);
    expect(new Set(s.data!.blastRadius.affectedGroups.map((g) => g.label))).toEqual(new Set(["CareService"]));
    const refused = await gql(app, token, `query($l: [ID!]!) { blastRadius(lost: $l) { careServices(first: -1) { harm } } }`, {
      l: [id("sys-net")],
    });
    expect(refused.errors?.[0]?.message).toMatch(/first must not be negative/);
  });

  it("L = {sup-path} and K = {sys-ad}", async () => {
    const a = (await blast(["sup-path"])).data!.blastRadius;
    expect(a.availabilityHarm).toBeCloseTo(2304, 9);
    const k = (await blast([], ["sys-ad"])).data!.blastRadius;
    expect(k.exposedDataStores.map((d) => strip(d.id)).sort()).toEqual(["ds-epr", "ds-mh"]);
    expect(k.confidentialityHarm).toBeCloseTo(3080, 9);
    expect(k.consequence).toBeNull();
  });

  it("a change made through the API shows in the very next answer", async () => {
    const before = (await blast(["sys-net"])).data!.blastRadius;
    expect(before.careServices.map((s) => strip(s.service.id))).not.toContain("svc-transfusion");
    await importDocument(app, token, { dependencies: [{ from: id("svc-transfusion"), to: id("sys-net") }] });
    try {
      const after = (await blast(["sys-net"])).data!.blastRadius;
      expect(after.careServices.map((s) => strip(s.service.id))).toContain("svc-transfusion");
      expect(after.availabilityHarm).toBeCloseTo(3840 + 768, 9);
    } finally {
      await db.write((tx) =>
        tx.run("MATCH (:Node {id: $a})-[r:DEPENDS_ON]->(:Node {id: $b}) DELETE r", { a: id("svc-transfusion"), b: id("sys-net") }),
      );
      await db.write((tx) => tx.run("MATCH (m:Meta {key: 'graph'}) SET m.version = m.version + 1"));
    }
  });

  it("weighs harm by the profile given, and names it", async () => {
    const r = await gql<{ blastRadius: { profile: string; availabilityHarm: number } }>(
      app,
      token,
      `query($l: [ID!]!) { blastRadius(lost: $l, hours: 24, profile: { severityWeights: [1, 1, 1, 1, 1] }) { profile availabilityHarm } }`,
      { l: [id("sys-net")] },
    );
    expect(r.data!.blastRadius.profile).toMatch(/^custom-/);
    // ED: 10/h × (0.5 × 12 + 1 × 12) = 180; outpatients: 40/h × 0.5 × 24 = 480.
    expect(r.data!.blastRadius.availabilityHarm).toBeCloseTo(660, 9);
    const bad = await gql(app, token, `{ blastRadius(lost: ["${id("sys-net")}"], profile: { tierWeights: [1, 2] }) { profile } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses unknown ids, negative hours, empty scenarios and organisations as lost", async () => {
    const unknown = await blast(["nothing-here"]);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toMatch(/unknown id/);
    const negative = await blast(["sys-net"], [], -1);
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(negative.errors?.[0]?.message).toMatch(/negative/);
    const empty = await gql(app, token, "{ blastRadius { totalHarm } }");
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const org = await blast(["org-a"]);
    expect(org.errors?.[0]?.message).toMatch(/is a Organisation/);
  });
});

describe("protectFirst, single points of failure, supplier concentration, rating", () => {
  it("ranks the organisation's assets as the model's section 8, page by page", async () => {
    const Q = `query($org: ID, $after: String) { protectFirst(organisation: $org, first: 4, after: $after) {
      totalCount profile pageInfo { hasNextPage endCursor }
      edges { node { rank asset { id } score availabilityHarm confidentialityHarm } } } }`;
    type R = {
      protectFirst: {
        totalCount: number;
        profile: string;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { rank: number; asset: { id: string }; score: number } }>;
      };
    };
    const seen: Array<[string, number]> = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const r: Awaited<ReturnType<typeof gql<R>>> = await gql<R>(app, token, Q, { org: id("org-a"), after });
      expect(r.errors).toBeUndefined();
      const c = r.data!.protectFirst;
      expect(c.totalCount).toBe(9);
      for (const e of c.edges) seen.push([strip(e.node.asset.id), Math.round(e.node.score * 1e6) / 1e6]);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    // sup-path belongs to no organisation, so the organisation's view leaves it out.
    expect(seen).toEqual([
      ["sys-ad", 6920],
      ["sys-epr", 6920],
      ["ds-epr", 6840],
      ["sys-net", 3840],
      ["ds-lab", 2904],
      ["sys-lims", 2904],
      ["sys-pas", 1440],
      ["ds-mh", 80],
      ["sys-4g", 0],
    ]);
  });

  it("explains a ranked row with its services, paths to the asset and exposed stores", async () => {
    const r = await gql<{
      protectFirst: {
        edges: Array<{
          node: {
            careServices: Array<{ service: { id: string }; harm: number; path: Array<{ id: string }> }>;
            exposedDataStores: Array<{ id: string }>;
          };
        }>;
      };
    }>(
      app,
      token,
      `query($org: ID) { protectFirst(organisation: $org, first: 1) { edges { node {
        careServices { service { id } harm path { id } } exposedDataStores { id } } } } }`,
      { org: id("org-a") },
    );
    const row = r.data!.protectFirst.edges[0]!.node;
    const ed = row.careServices.find((s) => strip(s.service.id) === "svc-ed")!;
    expect(ed.path.map((n) => strip(n.id))).toEqual(["svc-ed", "sys-epr", "sys-ad"]);
    expect(row.careServices.reduce((t, s) => t + s.harm, 0)).toBeCloseTo(3840, 9);
    expect(row.exposedDataStores.map((d) => strip(d.id)).sort()).toEqual(["ds-epr", "ds-mh"]);
  });

  it("finds the single points of failure", async () => {
    const r = await gql<{ singlePointsOfFailure: Array<{ id: string }> }>(
      app,
      token,
      `query($s: ID!) { singlePointsOfFailure(service: $s) { id } }`,
      { s: id("svc-ed") },
    );
    expect(r.data!.singlePointsOfFailure.map((n) => strip(n.id))).toEqual(["ds-epr", "sys-ad", "sys-epr", "sys-net"]);
    const bad = await gql(app, token, `query($s: ID!) { singlePointsOfFailure(service: $s) { id } }`, { s: id("sys-epr") });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("reports supplier concentration and rates risks", async () => {
    type Reach = {
      supplier: { id: string };
      harm: number;
      availabilityHarm: number;
      confidentialityHarm: number;
      recordsExposed: number;
      exposedDataStores: Array<{ id: string }>;
      organisations: Array<{ id: string }>;
      careServices: Array<{ service: { id: string } }>;
    };
    const r = await gql<{ supplierConcentration: Reach[]; riskRating: number }>(
      app,
      token,
      `{ supplierConcentration(first: 1000) { supplier { id } harm availabilityHarm confidentialityHarm recordsExposed exposedDataStores { id } organisations { id } careServices { service { id } } } riskRating(likelihood: HIGH, consequence: MAJOR) }`,
    );
    expect(r.errors).toBeUndefined();
    const path = r.data!.supplierConcentration.find((s) => s.supplier.id === id("sup-path"))!;
    // The worked example gives sys-lims no hosting: the partner administers nothing, so its compromise exposes nothing.
    expect(path.harm).toBeCloseTo(2304, 9);
    expect(path.availabilityHarm).toBeCloseTo(2304, 9);
    expect([path.confidentialityHarm, path.recordsExposed, path.exposedDataStores]).toEqual([0, 0, []]);
    expect(path.organisations.map((o) => strip(o.id))).toEqual(["org-a"]);
    expect(path.careServices.map((s) => strip(s.service.id)).sort()).toEqual(["svc-ed", "svc-transfusion"]);
    expect(r.data!.riskRating).toBe(4);
  });
});
