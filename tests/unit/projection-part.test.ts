import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Engine } from "../../server/engine/engine.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { DocumentIndex } from "../../server/engine/investment-reach.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { ProjectionPart } from "../../server/engine/projection-part.js";
import { rankAssets } from "../../server/engine/ranking.js";
import { emptyDocument, type InterchangeDocument } from "../../server/model/document.js";
import { randomEstate } from "../support/random-estate.js";

const NOTHING = emptyDocument();

/** Every asset's score with recovery at 24 hours, by id. */
function scores(doc: InterchangeDocument): Map<string, number> {
  const engine = new Engine(projectDocument(doc));
  const r = rankAssets(engine, 24, DEFAULT_PROFILE, true);
  return new Map(Array.from({ length: r.length }, (_, k) => [engine.p.idOf(r.node[k]!), r.score[k]!]));
}

describe("a graph read back from its projection", () => {
  it("ranks every asset as the stored graph does, with or without the stored entries of some nodes as context", () => {
    fc.assert(
      fc.property(randomEstate(3), fc.integer({ min: 0, max: 1000 }), (e, pick) => {
        const p = projectDocument(e.doc);
        const want = scores(e.doc);
        const ids = [...e.doc.systems, ...e.doc.careServices].map((x) => x.id);
        const some = new Set(ids.filter((_, k) => (pick >> k) & 1));
        for (const context of [NOTHING, new DocumentIndex(e.doc).local(some, some)]) {
          const got = scores(new ProjectionPart(p, context).whole());
          expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
          for (const [id, score] of want) expect(Math.abs(got.get(id)! - score)).toBeLessThanOrEqual(1e-9 * Math.max(1, score));
        }
      }),
      { numRuns: 150 },
    );
  });
});
