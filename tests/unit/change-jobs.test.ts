import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CHANGE_JOBS } from "../../server/analysis/change-jobs.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { singlePointsOfFailure } from "../../server/engine/spof.js";
import { GraphReplay } from "../../server/history/replay.js";
import { InterchangeDocument } from "../../server/model/document.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));

describe("a previewed change's effect, job by job", () => {
  const engine = new Engine(projectDocument(doc));
  const p = engine.p;
  const at = (id: string): number => p.indexOf.get(id)!;
  const ids = (xs: ArrayLike<number>): string[] => Array.from(xs, (x) => p.idOf(x)).sort();

  it("finds the care services that depend on the changed nodes, directly or not, and a changed service itself", () => {
    // The network carries the EPR (the ED's) and the PAS (outpatients', with the 4G link in its group).
    expect(ids(CHANGE_JOBS.servicesReaching(engine, { nodes: [at("sys-net")] }))).toEqual(["svc-ed", "svc-outpatients"]);
    expect(ids(CHANGE_JOBS.servicesReaching(engine, { nodes: [at("sup-path")] }))).toEqual(["svc-ed", "svc-transfusion"]);
    expect(ids(CHANGE_JOBS.servicesReaching(engine, { nodes: [at("svc-transfusion"), at("svc-transfusion")] }))).toEqual([
      "svc-transfusion",
    ]);
  });

  it("gives each service's single points of failure as the engine finds them one at a time", () => {
    const services = ["svc-ed", "svc-transfusion", "svc-outpatients"].map(at);
    const each = CHANGE_JOBS.singlePointsOfEach(engine, { services });
    services.forEach((s, k) => expect(ids(each[k]!)).toEqual(ids(singlePointsOfFailure(engine, s))));
  });

  it("the graph after a change is the document with the removals and the writes replayed over it", () => {
    const replay = new GraphReplay();
    replay.apply(doc, "REPLACE");
    replay.remove({ nodes: [], dependencies: [{ from: "sys-pas", to: "sys-4g" }], accesses: [], administers: [] });
    const after = new Engine(projectDocument(replay.document()));
    const spof = (e: Engine, id: string): string[] => singlePointsOfFailure(e, e.p.indexOf.get(id)!).map((x) => e.p.idOf(x));
    // Without the 4G link the network is the PAS's only way out.
    expect(spof(engine, "svc-outpatients")).not.toContain("sys-net");
    expect(spof(after, "svc-outpatients")).toContain("sys-net");
  });
});
