import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { shareProjection } from "../../server/analysis/shared-projection.js";
import { Engine } from "../../server/engine/engine.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { mergeRankings, rankAssets } from "../../server/engine/ranking.js";
import { rawGraph, rawId, toProjection } from "../support/random-graph.js";
import { ProjectionBuilder } from "../../server/engine/projection-builder.js";
import { idsOfArray, KIND } from "../../server/engine/projection.js";

describe("a ranking split into parts and merged", () => {
  it("is the one-thread ranking, row for row, however many parts (a property)", () => {
    fc.assert(
      fc.property(
        rawGraph(20),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        (g, hours, of, recovery) => {
          // Ids in the reverse of the order the nodes were added, so that ties are not in index order.
          const n = g.kinds.length;
          const p = { ...toProjection(g), ...idsOfArray(g.kinds.map((_, i) => rawId(n - 1 - i))) };
          const whole = rankAssets(new Engine(p), hours, DEFAULT_PROFILE, recovery);
          // Each part on an engine of its own over the shared projection, as each worker thread has.
          const shared = shareProjection("v1", p).projection;
          const parts = Array.from({ length: of }, (_, index) =>
            rankAssets(new Engine(shared), hours, DEFAULT_PROFILE, recovery, { index, of }),
          );
          expect(parts.reduce((n, r) => n + r.length, 0)).toBe(whole.length);
          expect(mergeRankings(parts, shared.compareIds)).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("orders assets of equal scores by their ids across parts, not by where they were added", () => {
    // Systems alone, nothing depending on them: all score 0, so only the ids order them.
    const ids = ["sys-g", "sys-a", "sys-z", "sys-c", "sys-b", "sys-y", "sys-d"];
    const b = new ProjectionBuilder();
    for (const id of ids) b.addNode(id, KIND.System);
    const p = shareProjection("v1", b.build()).projection;
    const parts = [0, 1, 2].map((index) => rankAssets(new Engine(p), 24, DEFAULT_PROFILE, false, { index, of: 3 }));
    const merged = mergeRankings(parts, p.compareIds);
    expect(Array.from(merged.node, (x) => p.idOf(x))).toEqual([...ids].sort());
    expect(merged).toEqual(rankAssets(new Engine(p), 24, DEFAULT_PROFILE));
  });
});
