import { describe, expect, it } from "vitest";
import type { Dependencies, Edge } from "../../client/src/features/model/dependencies-query.js";
import { groupDependencies } from "../../client/src/features/model/dependency-groups.js";
import { neighbourhoodElements } from "../../client/src/features/model/neighbourhood-elements.js";

const edge = (id: string, more: Partial<Edge> = {}): Edge => ({
  relationship: "DEPENDS_ON",
  effect: "FAILS",
  capacity: null,
  group: null,
  share: null,
  node: { id, name: id.toUpperCase(), label: "System" },
  ...more,
});
const centre = { id: "svc", name: "Service", label: "CareService" } as const;

describe("the neighbourhood drawing", () => {
  it("puts dependants above, dependencies below, every edge pointing down, each dependency with its group and share", () => {
    const d: Dependencies = {
      node: centre,
      out: [edge("b", { group: "hosting", share: 0.5 }), edge("a", { effect: "DEGRADES", capacity: 0.8 })],
      in: [edge("up")],
    };
    const { elements, rows } = neighbourhoodElements(d);
    const at = (id: string) => elements.find((e) => e.data.id === id)!.position!;
    expect(at("svc")).toEqual({ x: 0, y: 0 });
    expect(at("up").y).toBeLessThan(0);
    expect(at("a").y).toBeGreaterThan(0);
    expect(rows).toBe(3);
    const edges = Object.fromEntries(elements.filter((e) => e.group === "edges").map((e) => [e.data.id, e.classes]));
    expect(edges).toEqual({ "svc>a": "degrades", "svc>b": "", "up>svc": "" });
    // What each dependency's edge says is under its name, where no other edge's words can cross it.
    const names = Object.fromEntries(elements.filter((e) => e.group === "nodes").map((e) => [e.data.id, e.data.name]));
    expect(names).toEqual({ svc: "Service", a: "A\n(keeps 80%)", b: "B\n(hosting · share 0.5)", up: "UP" });
  });

  it("wraps four a row, stops at twelve a side with a node saying how many more, and draws a node on both sides once", () => {
    const many = Array.from({ length: 40 }, (_, k) => edge(`in-${String(k).padStart(2, "0")}`));
    const d: Dependencies = { node: centre, out: [edge("both")], in: [...many, edge("both")] };
    const { elements, rows } = neighbourhoodElements(d);
    const nodes = elements.filter((e) => e.group === "nodes");
    expect(nodes.filter((e) => e.classes === "neighbour")).toHaveLength(12);
    expect(nodes.find((e) => e.classes === "more")!.data.name).toBe("and 29 more: see the table");
    expect(new Set(nodes.filter((e) => e.position!.y < 0).map((e) => e.position!.y)).size).toBe(3);
    expect(nodes.filter((e) => e.data.id === "both")).toHaveLength(1);
    expect(rows).toBe(5);
  });
});

describe("redundancy groups in the dependency table", () => {
  it("adds up each group's shares, 1 where none is stored, and says whether it carries the whole need", () => {
    const { loose, groups } = groupDependencies([
      edge("x"),
      edge("c", { group: "net", share: 0.3 }),
      edge("a", { group: "hosting" }),
      edge("d", { group: "net", share: 0.5 }),
    ]);
    expect(loose.map((e) => e.node.id)).toEqual(["x"]);
    expect(groups.map((g) => [g.name, g.members.map((m) => m.node.id), g.sum, g.whole])).toEqual([
      ["hosting", ["a"], 1, true],
      ["net", ["c", "d"], 0.8, false],
    ]);
  });
});
