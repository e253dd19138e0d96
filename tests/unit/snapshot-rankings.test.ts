import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { GraphSnapshot } from "../../server/analysis/snapshot.js";
import { projectDocument } from "../../server/engine/from-document.js";
import type { Ranking } from "../../server/engine/ranking.js";
import { InterchangeDocument } from "../../server/model/document.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));

/** A ranking of `assets` assets (28 bytes each); its arrays are never written, so they cost no pages. */
const rankingOf = (assets: number): Ranking => ({
  length: assets,
  node: new Int32Array(assets),
  score: new Float64Array(assets),
  availabilityHarm: new Float64Array(assets),
  confidentialityHarm: new Float64Array(assets),
});

describe("the rankings a graph keeps", () => {
  it("keeps every small ranking, and lets the one asked longest ago go when national-size ones pass the byte budget", async () => {
    const g = new GraphSnapshot("v1", projectDocument(doc), null, false);
    const made: string[] = [];
    const ask = (key: string, assets: number): Promise<Ranking> =>
      g.ranking(key, () => {
        made.push(key);
        return Promise.resolve(rankingOf(assets));
      });
    const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

    for (const key of ["s1", "s2", "s3"]) await ask(key, 1000);
    await settle();
    for (const key of ["s1", "s2", "s3"]) await ask(key, 1000);
    expect(made).toEqual(["s1", "s2", "s3"]);

    // 2.25 million assets: 63 MiB a ranking, two fit the budget.
    const national = 2_250_000;
    for (const key of ["n1", "n2", "n3"]) await ask(key, national);
    await settle();
    made.length = 0;
    await ask("n3", national);
    await ask("n2", national);
    expect(made).toEqual([]);
    await ask("n1", national);
    expect(made).toEqual(["n1"]);
  });
});
