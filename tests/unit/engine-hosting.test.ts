import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { impliedAdministers, impliedDependency } from "../../server/engine/hosting.js";
import { supplierConcentration } from "../../server/engine/supplier-concentration.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { InterchangeDocument, type InterchangeInput } from "../../server/model/document.js";
import { bruteCapability, bruteExposure, bruteHarm } from "../support/brute-force.js";
import { expandHosting, hostedGraph } from "../support/hosted-graph.js";
import { toProjection } from "../support/random-graph.js";
import { readFileSync } from "node:fs";

const lostSet = (n: number) => fc.uniqueArray(fc.nat(n - 1), { maxLength: 4 });

describe("relationships implied by hosting (model section 10), on random graphs", () => {
  it("the engine computes on them as if written out, an explicit edge replacing the implied one", () => {
    fc.assert(
      fc.property(
        hostedGraph().chain((h) => fc.tuple(fc.constant(h), lostSet(h.g.kinds.length), lostSet(h.g.kinds.length))),
        ([{ g, hosted }, lost, compromised]) => {
          const engine = new Engine(toProjection(g, hosted));
          const plain = expandHosting(g, hosted);
          const r = engine.scenario({ lost, compromised, hours: 24 }, DEFAULT_PROFILE);
          const brute = bruteCapability(plain, new Set(lost));
          expect(r.affected.map((a) => a.node)).toEqual(brute.flatMap((c, i) => (c < 1 - 1e-9 ? [i] : [])));
          for (const a of r.affected) expect(a.capability).toBeCloseTo(brute[a.node]!, 9);
          const harm = plain.services.reduce((sum, s) => sum + bruteHarm(s, brute[s.node]!, 24).harm, 0);
          expect(r.availabilityHarm).toBeCloseTo(harm, 6);
          const exposure = bruteExposure(plain, compromised);
          expect([...r.exposed]).toEqual(exposure.exposed);
          expect(r.confidentialityHarm).toBeCloseTo(exposure.harm, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("ranks as the graph with the implied relationships written out", () => {
    fc.assert(
      fc.property(hostedGraph(16), ({ g, hosted }) => {
        const implied = rowsOf(rankAssets(new Engine(toProjection(g, hosted)), 24, DEFAULT_PROFILE));
        const written = rowsOf(rankAssets(new Engine(toProjection(expandHosting(g, hosted))), 24, DEFAULT_PROFILE));
        expect(implied.map((r) => r.node)).toEqual(written.map((r) => r.node));
        implied.forEach((r, k) => expect(r.score).toBeCloseTo(written[k]!.score, 6));
      }),
      { numRuns: 150 },
    );
  });

  it("marks as implied exactly the edges no explicit relationship replaced", () => {
    fc.assert(
      fc.property(hostedGraph(), ({ g, hosted }) => {
        const p = toProjection(g, hosted);
        for (const h of hosted) {
          const explicitDep = g.slots[h.system]!.some((s) => s.members.some((m) => m.to === h.supplier));
          const explicitAdmin = g.administers.some(([a, b]) => a === h.supplier && b === h.system);
          expect(impliedDependency(p, h.system, h.supplier)).toBe(h.hosting === "SUPPLIER_HOSTED" && !explicitDep);
          expect(impliedAdministers(p, h.supplier, h.system)).toBe(h.hosting !== "LOCAL" && !explicitAdmin);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** The worked example with its LIMS hosted by the pathology partner. */
function hostedExample(
  extra: Partial<Pick<InterchangeInput, "administers">> = {},
  lims: Record<string, unknown> = {},
): InterchangeDocument {
  const doc = JSON.parse(readFileSync("seed/worked-example.json", "utf8")) as InterchangeInput;
  doc.systems = doc.systems!.map((s) => (s.id === "sys-lims" ? { ...s, hosting: "SUPPLIER_HOSTED" as const, ...lims } : s));
  doc.administers = [...doc.administers!, ...(extra.administers ?? [])];
  return InterchangeDocument.parse(doc);
}

describe("hosting on the worked example", () => {
  it("a supplier-hosted LIMS puts its laboratory results in the pathology partner's reach", () => {
    const engine = new Engine(projectDocument(hostedExample()));
    const p = engine.p;
    const sup = p.indexOf.get("sup-path")!;
    const r = engine.scenario({ lost: [sup], compromised: [sup], hours: 24 }, DEFAULT_PROFILE);
    // Its loss is as before: sys-lims already names sup-path explicitly, which replaces the implied dependency.
    expect(r.availabilityHarm).toBeCloseTo(2304, 9);
    expect(impliedDependency(p, p.indexOf.get("sys-lims")!, sup)).toBe(false);
    // Its compromise now controls the LIMS: 3 × 200,000 × 0.001 for ds-lab.
    expect([...r.exposed].map((d) => p.idOf(d))).toEqual(["ds-lab"]);
    expect(r.confidentialityHarm).toBeCloseTo(600, 9);
    expect(impliedAdministers(p, sup, p.indexOf.get("sys-lims")!)).toBe(true);
  });

  it("an explicit ADMINISTERS replaces the implied one and hosting without a supplier implies nothing", () => {
    const explicit = new Engine(projectDocument(hostedExample({ administers: [{ from: "sup-path", to: "sys-lims" }] })));
    expect(impliedAdministers(explicit.p, explicit.p.indexOf.get("sup-path")!, explicit.p.indexOf.get("sys-lims")!)).toBe(false);
    expect(
      explicit.p.adminStart[explicit.p.indexOf.get("sup-path")! + 1]! - explicit.p.adminStart[explicit.p.indexOf.get("sup-path")!]!,
    ).toBe(1);
    const none = new Engine(projectDocument(hostedExample({}, { supplier: undefined })));
    const sup = none.p.indexOf.get("sup-path")!;
    expect(none.scenario({ lost: [], compromised: [sup], hours: 24 }, DEFAULT_PROFILE).confidentialityHarm).toBe(0);
  });
});

describe("supplier concentration counts loss and compromise", () => {
  it("gives the hosting pathology partner both harms, its exposed records and the organisations reached", () => {
    const engine = new Engine(projectDocument(hostedExample()));
    const [path] = supplierConcentration(engine, 24, DEFAULT_PROFILE);
    const p = engine.p;
    expect(p.idOf(path!.supplier)).toBe("sup-path");
    expect(path!.availabilityHarm).toBeCloseTo(2304, 9);
    expect(path!.confidentialityHarm).toBeCloseTo(600, 9);
    expect([...path!.exposed].map((d) => p.idOf(d))).toEqual(["ds-lab"]);
    expect(path!.recordsExposed).toBe(200_000);
    expect(path!.organisations.map((o) => p.idOf(o))).toEqual(["org-a"]);
  });

  it("ranks a supplier that only supports a system by what its compromise exposes", () => {
    const engine = new Engine(projectDocument(hostedExample({}, { hosting: "SUPPLIER_SUPPORTED" })));
    const doc = hostedExample({}, { hosting: "SUPPLIER_SUPPORTED" });
    // Without the explicit dependency, sup-path's loss harms nobody, yet its remote access exposes the laboratory results.
    const bare = new Engine(projectDocument({ ...doc, dependencies: doc.dependencies.filter((d) => d.to !== "sup-path") }));
    const [reach] = supplierConcentration(bare, 24, DEFAULT_PROFILE);
    expect(reach!.availabilityHarm).toBe(0);
    expect(reach!.confidentialityHarm).toBeCloseTo(600, 9);
    expect(reach!.organisations.map((o) => bare.p.idOf(o))).toEqual(["org-a"]);
    expect(supplierConcentration(engine, 24, DEFAULT_PROFILE)[0]!.confidentialityHarm).toBeCloseTo(600, 9);
  });
});
