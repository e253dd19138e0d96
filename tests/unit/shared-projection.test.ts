import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { openSharedProjection, shareProjection } from "../../server/analysis/shared-projection.js";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { idsOfArray, type Projection } from "../../server/engine/projection.js";
import { ProjectionBuilder } from "../../server/engine/projection-builder.js";
import { KIND } from "../../server/engine/projection.js";
import { rankAssets } from "../../server/engine/ranking.js";
import { SHARED_COLUMNS } from "../../server/engine/typed-arrays.js";
import { InterchangeDocument } from "../../server/model/document.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));
const idsOf = (p: Projection): string[] => Array.from({ length: p.n }, (_, i) => p.idOf(i));

describe("the projection in shared memory", () => {
  it("keeps every column and the ids in SharedArrayBuffers and reads back the same graph", () => {
    const p = projectDocument(doc);
    const { shared, projection } = shareProjection("v1", p);
    for (const column of Object.values(shared.columns)) expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const part of Object.values(shared.ids)) if (typeof part !== "boolean") expect(part.buffer).toBeInstanceOf(SharedArrayBuffer);
    // The calling thread reads the shared columns and ids too: one copy, not two.
    expect(projection.memberTarget.buffer).toBe(shared.columns.memberTarget.buffer);
    expect(projection.indexOf).not.toBeInstanceOf(Map);
    expect(idsOf(projection)).toEqual(idsOf(p));

    const opened = openSharedProjection(structuredClone(shared));
    expect(idsOf(opened)).toEqual(idsOf(p));
    for (const [i, id] of idsOf(p).entries()) expect(opened.indexOf.get(id)).toBe(i);
    expect(opened.indexOf.get("no-such-node")).toBeUndefined();
    expect(() => opened.idOf(p.n)).toThrow(RangeError);
    expect(opened.regions).toEqual(p.regions);
    const [a, b] = [rankAssets(new Engine(p), 24, DEFAULT_PROFILE), rankAssets(new Engine(opened), 24, DEFAULT_PROFILE)];
    expect(b).toEqual(a);
  });

  it("finds every id by the shared sorted order, without building a map", () => {
    const p = projectDocument(doc);
    const opened = openSharedProjection(structuredClone(shareProjection("v1", p).shared));
    for (const [i, id] of idsOf(p).entries()) expect(opened.indexOf.get(id)).toBe(i);
    // Ids that sort before, between and after the graph's own are not found.
    for (const id of ["", "!", `${p.idOf(0)}~`, "\uffff"]) expect(opened.indexOf.has(id)).toBe(p.indexOf.has(id));
  });

  it("finds, reads and compares ids among thousands, in any characters (a property of the sorted search)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n-${((i * 7919) % 5000).toString(36)}-${[..."éa_Z😀"][i % 5]}`);
    const p = { ...projectDocument(doc), ...idsOfArray(ids), n: ids.length };
    const { shared } = shareProjection("v2", p);
    expect(shared.ids.ascii).toBe(false);
    const opened = openSharedProjection(structuredClone(shared));
    for (const [i, id] of ids.entries()) expect(opened.indexOf.get(id)).toBe(i);
    expect(idsOf(opened)).toEqual(ids);
    for (let i = 0; i + 1 < ids.length; i += 7) expect(Math.sign(opened.compareIds(i, i + 1))).toBe(Math.sign(p.compareIds(i, i + 1)));
    expect(opened.indexOf.get("n-zzz")).toBeUndefined();
  });

  it("shares a projection built straight into shared memory as it is, nothing copied", () => {
    const built = projectDocument(doc, SHARED_COLUMNS);
    for (const column of [built.kind, built.slotStart, built.memberShare, built.patientsPerDay, built.implied])
      expect(column.buffer).toBeInstanceOf(SharedArrayBuffer);
    const { shared, projection } = shareProjection("v3", built);
    for (const [name, column] of Object.entries(shared.columns)) expect(column, name).toBe(built[name as keyof typeof shared.columns]);
    expect(shared.ids.bytes).toBe((built.indexOf as unknown as { block: { bytes: Uint8Array } }).block.bytes);
    const heap = projectDocument(doc);
    expect(idsOf(projection)).toEqual(idsOf(heap));
    expect(rankAssets(new Engine(projection), 24, DEFAULT_PROFILE)).toEqual(rankAssets(new Engine(heap), 24, DEFAULT_PROFILE));
  });

  it("orders ids that arrive in any order as `<` does, and refuses a duplicate in order or not", () => {
    const ids = ["b-2", "a-1", "é", "a-10", "😀", "Z"];
    const b = new ProjectionBuilder();
    for (const id of ids) b.addNode(id, KIND.Supplier);
    const p = b.build(SHARED_COLUMNS);
    const sorted = [...ids].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = 0; j < ids.length; j++)
        expect(Math.sign(p.compareIds(i, j))).toBe(Math.sign(sorted.indexOf(ids[i]!) - sorted.indexOf(ids[j]!)));
    for (const [i, id] of ids.entries()) expect(p.indexOf.get(id)).toBe(i);
    expect(() => b.build()).toThrow(/once/);

    const inOrder = new ProjectionBuilder();
    inOrder.addNode("a", KIND.Supplier);
    expect(() => inOrder.addNode("a", KIND.Supplier)).toThrow("duplicate node id a");
    const outOfOrder = new ProjectionBuilder();
    for (const id of ["b", "a", "b"]) outOfOrder.addNode(id, KIND.Supplier);
    expect(() => outOfOrder.build()).toThrow("duplicate node id b");
  });
});
