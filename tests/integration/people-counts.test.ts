import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { loadJson, withPrefix } from "../support/documents.js";
import { gql, idPrefix, closeRemoving, openWithDocument } from "../support/integration.js";

const P = idPrefix("p");
const EXAMPLE = withPrefix(loadJson("seed/worked-example.json"), P);
const id = (s: string): string => `${P}${s}`;

let db: Database;
let app: App;
let token: string;

type People = { patientsDisruptedPerDay: number; servicesStopped: number; servicesDegraded: number; recordsExposed: number };
const PEOPLE = "patientsDisruptedPerDay servicesStopped servicesDegraded recordsExposed";

beforeAll(async () => {
  ({ db, app, token } = await openWithDocument(EXAMPLE, "RISK_MANAGER"));
});
afterAll(() => closeRemoving(db, P));

async function blast(
  lost: string[],
  compromised: string[],
): Promise<People & { recordsExposedBySensitivity: Array<{ sensitivity: string; records: number }> }> {
  const r = await gql<{ blastRadius: People & { recordsExposedBySensitivity: Array<{ sensitivity: string; records: number }> } }>(
    app,
    token,
    `query($l: [ID!]!, $k: [ID!]!) { blastRadius(lost: $l, compromised: $k) { ${PEOPLE} recordsExposedBySensitivity { sensitivity records } } }`,
    { l: lost.map(id), k: compromised.map(id) },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.blastRadius;
}

describe("people, not only weights, on the worked example (hand-computed)", () => {
  it("L = {sys-net}: 240 ED patients a day lose all care, 960 outpatients half: 720 a day; one stopped, one degraded", async () => {
    const r = await blast(["sys-net"], []);
    expect(r.patientsDisruptedPerDay).toBeCloseTo(240 * 1 + 960 * 0.5, 9);
    expect([r.servicesStopped, r.servicesDegraded, r.recordsExposed]).toEqual([1, 1, 0]);
  });

  it("L = {sup-path}: transfusion's 48 stop and the ED keeps 0.6 of its 240: 144 a day", async () => {
    const r = await blast(["sup-path"], []);
    expect(r.patientsDisruptedPerDay).toBeCloseTo(48 + 240 * 0.4, 9);
    expect([r.servicesStopped, r.servicesDegraded]).toEqual([1, 1]);
  });

  it("K = {sys-ad}: 1,010,000 records, 1,000,000 health records (T2) and 10,000 specially protected (T3)", async () => {
    const r = await blast([], ["sys-ad"]);
    expect(r.recordsExposed).toBe(1_010_000);
    expect(r.recordsExposedBySensitivity).toEqual([
      { sensitivity: "T1", records: 0 },
      { sensitivity: "T2", records: 1_000_000 },
      { sensitivity: "T3", records: 10_000 },
      { sensitivity: "T4", records: 0 },
    ]);
    expect([r.patientsDisruptedPerDay, r.servicesStopped, r.servicesDegraded]).toEqual([0, 0, 0]);
  });

  it("each ranked asset counts its own loss and compromise: sys-ad first, 720 patients a day and 1,010,000 records", async () => {
    const r = await gql<{ protectFirst: { edges: Array<{ node: People & { asset: { id: string } } }> } }>(
      app,
      token,
      `query($org: ID) { protectFirst(organisation: $org, first: 3) { edges { node { asset { id } ${PEOPLE} } } } }`,
      { org: id("org-a") },
    );
    expect(r.errors).toBeUndefined();
    const [ad, epr, dsEpr] = r.data!.protectFirst.edges.map((e) => e.node);
    expect(ad!.asset.id).toBe(id("sys-ad"));
    expect(ad!.patientsDisruptedPerDay).toBeCloseTo(720, 9);
    expect([ad!.servicesStopped, ad!.servicesDegraded, ad!.recordsExposed]).toEqual([1, 1, 1_010_000]);
    // sys-epr: the same loss; its compromise controls nothing else, exposing ds-epr and ds-mh it accesses.
    expect(epr!.asset.id).toBe(id("sys-epr"));
    expect(epr!.recordsExposed).toBe(1_010_000);
    // ds-epr: its loss stops the EPR, so the same 720 a day; it exposes only itself.
    expect(dsEpr!.patientsDisruptedPerDay).toBeCloseTo(720, 9);
    expect(dsEpr!.recordsExposed).toBe(1_000_000);
  });
});
