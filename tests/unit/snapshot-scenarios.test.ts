import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphSnapshot } from "../../server/analysis/snapshot.js";
import { projectDocument } from "../../server/engine/from-document.js";
import { InterchangeDocument } from "../../server/model/document.js";

const doc = InterchangeDocument.parse(JSON.parse(readFileSync("seed/worked-example.json", "utf8")));

describe("scenarios kept by a graph", () => {
  const graph = (): GraphSnapshot => new GraphSnapshot("v1", projectDocument(doc), null, false);

  it("answers a scenario asked again (a group opened) without working it out again", async () => {
    const g = graph();
    let made = 0;
    const make = () => Promise.resolve(++made);
    expect(await g.scenario("a", make)).toBe(1);
    expect(await g.scenario("a", make)).toBe(1);
    expect(await g.scenario("b", make)).toBe(2);
    expect(made).toBe(2);
  });

  it("forgets a failed scenario, so that asking again works it out again", async () => {
    const g = graph();
    await expect(g.scenario("a", () => Promise.reject(new Error("thread stopped")))).rejects.toThrow("thread stopped");
    expect(await g.scenario("a", () => Promise.resolve("again"))).toBe("again");
  });

  it("keeps only the few scenarios asked last", async () => {
    const g = graph();
    let made = 0;
    const make = () => Promise.resolve(++made);
    for (const key of ["a", "b", "c", "d", "e"]) await g.scenario(key, make);
    await g.scenario("e", make);
    expect(made).toBe(5);
    await g.scenario("a", make);
    expect(made).toBe(6);
  });
});
