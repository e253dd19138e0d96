import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { openSharedProjection, shareProjection } from "../../server/analysis/shared-projection.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { rankAssets } from "../../server/engine/ranking.js";
import { InterchangeDocument } from "../../server/model/document.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));

describe("the projection in shared memory", () => {
  it("keeps every column in a SharedArrayBuffer and reads back the same graph", () => {
    const p = projectDocument(doc);
    const { shared, projection } = shareProjection("v1", p);
    for (const column of Object.values(shared.columns)) expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.ids.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The main thread reads the shared columns too: one copy, not two.
    expect(projection.memberTarget.buffer).toBe(shared.columns.memberTarget.buffer);

    const opened = openSharedProjection(structuredClone(shared));
    expect(opened.ids).toEqual(p.ids);
    for (const [i, id] of p.ids.entries()) expect(opened.indexOf.get(id)).toBe(i);
    expect(opened.indexOf.get("no-such-node")).toBeUndefined();
    expect(opened.regions).toEqual(p.regions);
    const [a, b] = [rankAssets(new Engine(p), 24, DEFAULT_PROFILE), rankAssets(new Engine(opened), 24, DEFAULT_PROFILE)];
    expect(b).toEqual(a);
  });

  it("finds every id by the order the loading thread sorted, without building a map", () => {
    const p = projectDocument(doc);
    const { shared } = shareProjection("v1", p, { sortIds: true });
    expect(shared.order!.buffer).toBeInstanceOf(SharedArrayBuffer);
    const opened = openSharedProjection(structuredClone(shared));
    expect(opened.indexOf).not.toBeInstanceOf(Map);
    for (const [i, id] of p.ids.entries()) expect(opened.indexOf.get(id)).toBe(i);
    // Ids that sort before, between and after the graph's own are not found.
    for (const id of ["", "!", `${p.ids[0]}~`, "\uffff"]) expect(opened.indexOf.has(id)).toBe(p.indexOf.has(id));
  });

  it("finds ids among thousands, in any order of characters (a property of the sorted search)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n-${((i * 7919) % 5000).toString(36)}-${"éa_Z"[i % 4]}`);
    const p = { ...projectDocument(doc), ids, n: ids.length };
    const { shared } = shareProjection("v2", p, { sortIds: true });
    const opened = openSharedProjection(structuredClone(shared));
    for (const [i, id] of ids.entries()) expect(opened.indexOf.get(id)).toBe(i);
    expect(opened.indexOf.get("n-zzz")).toBeUndefined();
  });
});
