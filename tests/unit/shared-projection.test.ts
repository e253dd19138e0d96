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
    expect([...opened.indexOf]).toEqual([...p.indexOf]);
    expect(opened.regions).toEqual(p.regions);
    const [a, b] = [rankAssets(new Engine(p), 24, DEFAULT_PROFILE), rankAssets(new Engine(opened), 24, DEFAULT_PROFILE)];
    expect(b).toEqual(a);
  });
});
