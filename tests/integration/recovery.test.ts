import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { gql, idPrefix, importDocument, closeRemoving, openWithDocument } from "../support/integration.js";

const P = idPrefix("r");
const id = (s: string): string => `${P}${s}`;
const strip = (s: string): string => s.slice(P.length);

/** Recovery times for the worked example's assets; sys-ad has none recorded. */
const RECOVERY: Record<string, number> = {
  "sys-net": 6,
  "sys-epr": 48,
  "ds-epr": 72,
  "sys-lims": 8,
  "ds-lab": 1,
  "sup-path": 336,
  "sys-pas": 3,
  "sys-4g": 2,
  "ds-mh": 24,
};

/** The worked example (shared model section 8) with every id prefixed and recovery times added. */
function workedExample(): Record<string, unknown> {
  const text = readFileSync(new URL("../../seed/worked-example.json", import.meta.url), "utf8");
  const doc = JSON.parse(text.replace(/"((?:org|svc|sys|ds|sup)-[a-z0-9-]+)"/g, (_m, k: string) => `"${id(k)}"`)) as Record<
    string,
    Array<Record<string, unknown>>
  >;
  for (const list of [doc.systems!, doc.dataStores!, doc.suppliers!]) {
    for (const n of list) {
      const own = RECOVERY[strip(String(n.id))];
      if (own !== undefined) n.recoveryHours = own;
    }
  }
  return doc;
}

let db: Database;
let app: App;
let token: string;

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(workedExample(), "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

type Blast = {
  blastRadius: {
    availabilityHarm: number;
    careServices: Array<{ service: { id: string }; capability: number; harm: number; recoveredAt: number | null }>;
    recovery: Array<{ hours: number; restored: Array<{ id: string }>; capability: number; harm: number }>;
    impactOverTime: Array<{ hours: number; harm: number }>;
  };
};
const BLAST = `query($lost: [ID!]!, $restore: [Restore!], $recovery: Boolean, $hours: Float!) {
  blastRadius(lost: $lost, restore: $restore, recovery: $recovery, hours: $hours) {
    availabilityHarm careServices { service { id } capability harm recoveredAt }
    recovery { hours restored { id } capability harm } impactOverTime(hours: [4, 6, 24]) { hours harm } } }`;

describe("recovery over time through GraphQL (model section 9)", () => {
  it("recoveryHours is stored, read back and exported; a recovery time of 0 is refused by its path", async () => {
    const n = await gql<{ node: { recoveryHours: number | null } }>(
      app,
      token,
      `query($id: ID!) { node(id: $id) { ... on System { recoveryHours } } }`,
      { id: id("sys-net") },
    );
    expect(n.data!.node.recoveryHours).toBe(6);
    const bad = workedExample() as { systems: Array<Record<string, unknown>> };
    bad.systems[0]!.recoveryHours = 0;
    const r = await importDocument(app, token, bad);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors![0]!.extensions!.problems!.map((p) => p.path)).toContain("$.systems[0].recoveryHours");
  });

  it("the network back at 6 h: harm up to then, each service recovered at 6, care stepping back up", async () => {
    const explicit = await gql<Blast>(app, token, BLAST, { lost: [id("sys-net")], restore: [{ id: id("sys-net"), hours: 6 }], hours: 24 });
    const viaOwn = await gql<Blast>(app, token, BLAST, { lost: [id("sys-net")], recovery: true, hours: 24 });
    for (const r of [explicit, viaOwn]) {
      expect(r.errors).toBeUndefined();
      const b = r.data!.blastRadius;
      // ED: 16 × 10/h × (1 − 0.5 workaround) × 6 h = 480; outpatients: 2 × 40/h × 0.5 × 6 h = 240.
      expect(b.availabilityHarm).toBeCloseTo(720, 9);
      expect(b.careServices.map((s) => [strip(s.service.id), s.capability, s.harm, s.recoveredAt])).toEqual([
        ["svc-ed", 0, 480, 6],
        ["svc-outpatients", 0.5, 240, 6],
      ]);
      expect(b.recovery.map((p) => [p.hours, p.restored.map((n) => strip(n.id)), p.capability, p.harm])).toEqual([
        [0, [], 0.4, 0],
        [6, ["sys-net"], 1, 720],
      ]);
      expect(b.impactOverTime.map((p) => p.harm)).toEqual([480, 720, 720]);
    }
  });

  it("without restoration nothing recovers and the harm is today's", async () => {
    const r = await gql<Blast>(app, token, BLAST, { lost: [id("sys-net")], hours: 24 });
    expect(r.data!.blastRadius.availabilityHarm).toBeCloseTo(3840, 9);
    expect(r.data!.blastRadius.careServices.map((s) => s.recoveredAt)).toEqual([null, null]);
    const bad = await gql<Blast>(app, token, BLAST, { lost: [id("sys-net")], restore: [{ id: id("sys-epr"), hours: 2 }], hours: 24 });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("protect first with recovery scores each asset until its recovery time", async () => {
    // The worked example's own organisation: every asset of the shared graph would ask for its
    // services at once, past the analysis queue's bound on a busy machine.
    const Q = `query($r: Boolean, $org: ID) { protectFirst(first: 500, recovery: $r, organisation: $org) { edges { node { asset { id } availabilityHarm careServices { recoveredAt } } } } }`;
    const r = await gql<{
      protectFirst: {
        edges: Array<{ node: { asset: { id: string }; availabilityHarm: number; careServices: Array<{ recoveredAt: number | null }> } }>;
      };
    }>(app, token, Q, { r: true, org: id("org-a") });
    expect(r.errors).toBeUndefined();
    const net = r.data!.protectFirst.edges.find((e) => e.node.asset.id === id("sys-net"))!.node;
    expect(net.availabilityHarm).toBeCloseTo(720, 9);
    expect(net.careServices.map((s) => s.recoveredAt)).toEqual([6, 6]);
  });

  it("tolerance breaches of the organisation: by service, then node, each with its reason", async () => {
    const Q = `query($org: ID) { toleranceBreaches(organisation: $org) { service { id } through { id } recoveryHours toleranceHours reason } toleranceBreachCount(organisation: $org) }`;
    const r = await gql<{
      toleranceBreaches: Array<{
        service: { id: string };
        through: { id: string };
        recoveryHours: number | null;
        toleranceHours: number;
        reason: string;
      }>;
      toleranceBreachCount: number;
    }>(app, token, Q, { org: id("org-a") });
    expect(r.errors).toBeUndefined();
    expect(r.data!.toleranceBreaches.map((b) => `${strip(b.service.id)} ${strip(b.through.id)}`)).toEqual([
      "svc-ed ds-epr",
      "svc-ed sup-path",
      "svc-ed sys-ad",
      "svc-ed sys-epr",
      "svc-ed sys-lims",
      "svc-ed sys-net",
      "svc-outpatients ds-epr",
      "svc-outpatients sys-ad",
      "svc-outpatients sys-epr",
      "svc-transfusion sup-path",
      "svc-transfusion sys-lims",
    ]);
    expect(r.data!.toleranceBreachCount).toBe(11);
    const ad = r.data!.toleranceBreaches.find((b) => strip(b.through.id) === "sys-ad")!;
    expect([ad.recoveryHours, ad.toleranceHours, ad.reason]).toEqual([null, 4, "NO_RECOVERY_TIME"]);
    expect(r.data!.toleranceBreaches[0]!.reason).toBe("RECOVERY_ABOVE_TOLERANCE");
  });

  it("tolerance breaches counted as pairs and as services, and paged through", async () => {
    const Q = `query($org: ID, $offset: Int!) { toleranceBreaches(organisation: $org, first: 4, offset: $offset) { service { id } through { id } }
      toleranceBreachCount(organisation: $org) toleranceBreachServiceCount(organisation: $org) }`;
    type Page = {
      toleranceBreaches: Array<{ service: { id: string }; through: { id: string } }>;
      toleranceBreachCount: number;
      toleranceBreachServiceCount: number;
    };
    const pages: string[] = [];
    for (let offset = 0; offset < 12; offset += 4) {
      const r = await gql<Page>(app, token, Q, { org: id("org-a"), offset });
      expect(r.errors).toBeUndefined();
      expect([r.data!.toleranceBreachCount, r.data!.toleranceBreachServiceCount]).toEqual([11, 3]);
      pages.push(...r.data!.toleranceBreaches.map((b) => `${strip(b.service.id)} ${strip(b.through.id)}`));
    }
    expect(pages).toHaveLength(11);
    expect(new Set(pages).size).toBe(11);
    expect(pages.slice(-2)).toEqual(["svc-transfusion sup-path", "svc-transfusion sys-lims"]);
    const refused = await gql(app, token, Q, { org: id("org-a"), offset: -1 });
    expect(refused.errors?.[0]?.message).toMatch(/offset must be 0 or more/);
  });

  it("the recovery plan: exact, no worse than shortest-first, and its harm is the scenario's at its times", async () => {
    const Q = `query($lost: [ID!]!, $teams: Int!) { recoveryPlan(lost: $lost, teams: $teams, hours: 720) {
      steps { node { id } start end } harm shortestFirstHarm exact teams curve { hours capability harm } } }`;
    type Plan = {
      recoveryPlan: {
        steps: Array<{ node: { id: string }; start: number; end: number }>;
        harm: number;
        shortestFirstHarm: number;
        exact: boolean;
        curve: Array<{ hours: number; harm: number }>;
      };
    };
    const lost = ["sys-net", "sys-epr", "sys-lims", "sup-path"].map(id);
    for (const teams of [1, 2]) {
      const r = await gql<Plan>(app, token, Q, { lost, teams });
      expect(r.errors).toBeUndefined();
      const plan = r.data!.recoveryPlan;
      expect(plan.exact).toBe(true);
      expect(plan.harm).toBeLessThanOrEqual(plan.shortestFirstHarm);
      expect(plan.steps).toHaveLength(4);
      for (const s of plan.steps) expect(s.end - s.start).toBe(RECOVERY[strip(s.node.id)]);
      const restore = plan.steps.map((s) => ({ id: s.node.id, hours: s.end }));
      const b = await gql<Blast>(app, token, BLAST, { lost, restore, hours: 720 });
      expect(b.data!.blastRadius.availabilityHarm).toBeCloseTo(plan.harm, 6);
      expect(plan.curve.at(-1)!.harm).toBeCloseTo(plan.harm, 6);
    }
  });

  it("a lost node without recoveryHours is refused by name", async () => {
    const r = await gql(app, token, `query($lost: [ID!]!) { recoveryPlan(lost: $lost) { harm } }`, { lost: [id("sys-net"), id("sys-ad")] });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors![0]!.message).toContain(`'${id("sys-ad")}' has no recoveryHours`);
    expect(r.errors![0]!.extensions!.problems!.map((p) => p.path)).toEqual(["$.lost[1]"]);
  });
});
