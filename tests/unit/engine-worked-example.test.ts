import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InterchangeDocument } from "../../server/model/document.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { rankAssets, rowsOf } from "../../server/engine/ranking.js";
import { singlePointsOfFailure } from "../../server/engine/spof.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));
const p = projectDocument(doc);
const engine = new Engine(p);
const ix = (id: string): number => p.indexOf.get(id)!;
const id = (i: number): string => p.idOf(i);

function blast(lost: string[], compromised: string[] = [], hours = 24) {
  const r = engine.scenario({ lost: lost.map(ix), compromised: compromised.map(ix), hours }, DEFAULT_PROFILE);
  const cap = Object.fromEntries(r.affected.map((a) => [id(a.node), a.capability]));
  const services = Object.fromEntries(r.services.map((s) => [id(s.service), s]));
  return { r, cap, services };
}

describe("the worked example of the model (section 8)", () => {
  it("L = {sys-net}: EPR fails, PAS degrades to 0.5, ED 2880, outpatients 960, total 3840, CATASTROPHIC", () => {
    const { r, cap, services } = blast(["sys-net"]);
    expect(cap["sys-epr"]).toBe(0);
    expect(cap["sys-pas"]).toBeCloseTo(0.5, 12);
    expect(cap["svc-ed"]).toBe(0);
    expect(cap["svc-outpatients"]).toBeCloseTo(0.5, 12);
    expect(cap["svc-transfusion"]).toBeUndefined();
    expect(services["svc-ed"]!.harm).toBeCloseTo(2880, 9);
    expect(services["svc-outpatients"]!.harm).toBeCloseTo(960, 9);
    expect(r.availabilityHarm).toBeCloseTo(3840, 9);
    expect(r.consequence).toBe(5);
    expect(services["svc-ed"]!.path.map(id)).toEqual(["svc-ed", "sys-epr", "sys-net"]);
    expect(services["svc-outpatients"]!.path.map(id)).toEqual(["svc-outpatients", "sys-pas", "sys-net"]);
  });

  it("L = {sup-path}: transfusion fails (768), ED degrades to 0.6 (1536), total 2304", () => {
    const { r, cap, services } = blast(["sup-path"]);
    expect(cap["svc-transfusion"]).toBe(0);
    expect(cap["svc-ed"]).toBeCloseTo(0.6, 12);
    expect(services["svc-transfusion"]!.harm).toBeCloseTo(768, 9);
    expect(services["svc-ed"]!.harm).toBeCloseTo(1536, 9);
    expect(r.availabilityHarm).toBeCloseTo(2304, 9);
  });

  it("K = {sys-ad}: controls EPR and PAS, exposes ds-epr and ds-mh, harm 3080", () => {
    const { r } = blast([], ["sys-ad"]);
    expect([...r.controlled].map(id).sort()).toEqual(["sys-ad", "sys-epr", "sys-pas"]);
    expect([...r.exposed].map(id).sort()).toEqual(["ds-epr", "ds-mh"]);
    expect(r.confidentialityHarm).toBeCloseTo(3080, 9);
    expect(r.availabilityHarm).toBe(0);
    expect(r.consequence).toBe(0);
  });

  it("ranks every asset at 24 h exactly as the model says", () => {
    const rows = rowsOf(rankAssets(engine, 24, DEFAULT_PROFILE)).map((r) => [id(r.node), Math.round(r.score * 1e6) / 1e6]);
    expect(rows).toEqual([
      ["sys-ad", 6920],
      ["sys-epr", 6920],
      ["ds-epr", 6840],
      ["sys-net", 3840],
      ["ds-lab", 2904],
      ["sys-lims", 2904],
      ["sup-path", 2304],
      ["sys-pas", 1440],
      ["ds-mh", 80],
      ["sys-4g", 0],
    ]);
  });

  it("finds the single points of failure of the ED and of outpatients", () => {
    expect(singlePointsOfFailure(engine, ix("svc-ed")).map(id)).toEqual(["ds-epr", "sys-ad", "sys-epr", "sys-net"]);
    expect(singlePointsOfFailure(engine, ix("svc-outpatients")).map(id)).toEqual(["sys-pas"]);
  });
});
