import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InterchangeDocument } from "../../server/model/document.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { exposurePaths } from "../../server/analysis/exposure-paths.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));
const p = projectDocument(doc);
const ix = (id: string): number => p.indexOf.get(id)!;
const id = (i: number): string => p.idOf(i);

describe("exposure paths of the worked example", () => {
  it("K = {sys-ad}: each exposed store with its path through ADMINISTERS and ACCESSES, parts adding up to the harm", () => {
    const rows = exposurePaths(p, [ix("sys-ad")], DEFAULT_PROFILE);
    const named = rows.map((r) => ({ store: id(r.store), path: r.path.map(id), harm: r.harm }));
    expect(named.map((r) => r.store)).toEqual(["ds-epr", "ds-mh"]);
    for (const r of named) {
      expect(r.path[0]).toBe("sys-ad");
      expect(r.path.at(-1)).toBe(r.store);
    }
    const total = new Engine(p).scenario({ lost: [], compromised: [ix("sys-ad")], hours: 24 }, DEFAULT_PROFILE).confidentialityHarm;
    expect(named.reduce((s, r) => s + r.harm, 0)).toBeCloseTo(total, 9);
  });

  it("a compromised store exposes itself, with a path of one node", () => {
    const rows = exposurePaths(p, [ix("ds-lab")], DEFAULT_PROFILE);
    expect(rows.map((r) => r.path.map(id))).toEqual([["ds-lab"]]);
  });
});
