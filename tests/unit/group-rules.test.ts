import { describe, expect, it } from "vitest";
import { validateDocument } from "../../server/model/validate.js";
import type { GraphFacts } from "../../server/model/document-rules.js";
import { checkGroups, type GroupMember } from "../../server/model/group-rules.js";
import { emptyDocument } from "../../server/model/document.js";

const org = { id: "org-a", name: "Riverside", type: "ACUTE_TRUST" };
const sys = (id: string) => ({ id, name: id, organisation: "org-a", kind: "INFRASTRUCTURE" });
const threeHosts = (share: number) => ({
  organisations: [org],
  systems: [sys("virt"), sys("host-a"), sys("host-b"), sys("host-c")],
  dependencies: ["host-a", "host-b", "host-c"].map((to) => ({ from: "virt", to, group: "cluster", share })),
});
const problemsOf = (doc: unknown, facts?: GraphFacts) => {
  const v = validateDocument(doc, facts);
  return v.ok ? [] : v.problems;
};
/** The graph already holds `virt` with the given members of group `cluster`. */
const graphWith = (members: GroupMember[]): GraphFacts => ({
  labelOf: (id) => (["virt", "host-a", "host-b", "host-c", "host-d"].includes(id) ? "System" : id === "org-a" ? "Organisation" : undefined),
  groupsOf: (from) => new Map(from === "virt" ? [["cluster", members]] : []),
});
const member = (to: string, share: number): GroupMember => ({ to, share, effect: "FAILS", capacity: undefined });

describe("a redundancy group carries the whole need when every member stands", () => {
  it("accepts three hosts of which any two carry the load (0.5 each)", () => {
    expect(problemsOf(threeHosts(0.5))).toEqual([]);
  });

  it("refuses a group whose shares fall short, at every member's path, saying by how much and how to fix it", () => {
    const problems = problemsOf(threeHosts(0.25));
    expect(problems.map((p) => p.path)).toEqual(["$.dependencies[0].share", "$.dependencies[1].share", "$.dependencies[2].share"]);
    expect(problems[0]!.message).toBe(
      "group 'cluster' of 'virt' must carry the whole need when every member stands, but its shares add up to 0.75, 0.25 short: raise a share, or model the shortfall as DEGRADES",
    );
  });

  it("counts the members already in the graph when merging", () => {
    const doc = { dependencies: [{ from: "virt", to: "host-c", group: "cluster", share: 0.25 }] };
    expect(problemsOf(doc, graphWith([member("host-a", 0.5)]))).toEqual([
      {
        path: "$.dependencies[0].share",
        message: expect.stringMatching(/adds? up to 0\.75, 0\.25 short; 'host-a' \(0\.5\) already in the graph/),
      },
    ]);
    expect(problemsOf(doc, graphWith([member("host-a", 0.5), member("host-b", 0.5)]))).toEqual([]);
  });

  it("a member declared again replaces the graph's edge, its share included", () => {
    const doc = { dependencies: [{ from: "virt", to: "host-a", group: "cluster", share: 0.5 }] };
    expect(problemsOf(doc, graphWith([member("host-a", 1)]))).toHaveLength(1);
    expect(problemsOf(doc, graphWith([member("host-a", 0.5), member("host-b", 0.5)]))).toEqual([]);
  });

  it("refuses an edge that leaves a graph group short, at its group", () => {
    const doc = { dependencies: [{ from: "virt", to: "host-a" }] };
    const problems = problemsOf(doc, graphWith([member("host-a", 0.5), member("host-b", 0.5)]));
    expect(problems).toEqual([
      { path: "$.dependencies[0].group", message: expect.stringMatching(/shares add up to 0\.5.*this edge leaves the group/) },
    ]);
  });
});

describe("a group that deletions leave short", () => {
  const empty = emptyDocument();
  const groupsOf = graphWith([member("host-a", 0.5), member("host-b", 0.5), member("host-c", 0.5)]).groupsOf;

  it("is refused at each deletion that takes a member out", () => {
    const problems = checkGroups(empty, groupsOf, [
      { from: "virt", to: "host-a" },
      { from: "virt", to: "host-b" },
    ]);
    expect(problems.map((p) => p.path)).toEqual(["$.removals[0]", "$.removals[1]"]);
    expect(problems[0]!.message).toMatch(/shares add up to 0\.5, 0\.5 short/);
  });

  it("is not refused while what stays still carries the need, or when the group goes whole", () => {
    expect(checkGroups(empty, groupsOf, [{ from: "virt", to: "host-a" }])).toEqual([]);
    expect(
      checkGroups(
        empty,
        groupsOf,
        ["host-a", "host-b", "host-c"].map((to) => ({ from: "virt", to })),
      ),
    ).toEqual([]);
  });
});
