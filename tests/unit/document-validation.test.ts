import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateDocument } from "../../server/model/validate.js";
import type { GraphFacts } from "../../server/model/document-rules.js";

const example = JSON.parse(readFileSync("seed/worked-example.json", "utf8")) as Record<string, Array<Record<string, unknown>>>;
const clone = (): Record<string, Array<Record<string, unknown>>> => structuredClone(example);

function problemsOf(doc: unknown, facts?: GraphFacts): Array<{ path: string; message: string }> {
  const v = validateDocument(doc, facts);
  return v.ok ? [] : v.problems;
}
function expectProblem(doc: unknown, path: string, message: RegExp, facts?: GraphFacts): void {
  const problems = problemsOf(doc, facts);
  expect(problems, JSON.stringify(problems)).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe("interchange document validation", () => {
  it("accepts the worked example and applies the FAILS default", () => {
    const v = validateDocument(example);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.document.dependencies.every((d) => d.effect === "FAILS" || d.effect === "DEGRADES")).toBe(true);
  });

  it("accepts an empty document", () => {
    expect(validateDocument({}).ok).toBe(true);
  });

  it("refuses something that is not a document", () => {
    expect(problemsOf([])[0]?.path).toBe("$");
    expectProblem({ systemz: [] }, "$", /unrecognized key/i);
    expectProblem({ systems: {} }, "$.systems", /array/i);
  });

  it("refuses an unknown reference, by path", () => {
    const doc = clone();
    doc.dependencies![0]!.to = "sys-nowhere";
    expectProblem(doc, "$.dependencies[0].to", /unknown reference 'sys-nowhere'/);
    const d2 = clone();
    d2.careServices![1]!.organisation = "org-missing";
    expectProblem(d2, "$.careServices[1].organisation", /unknown reference/);
    const d3 = clone();
    d3.accesses![2]!.dataStore = "ds-missing";
    expectProblem(d3, "$.accesses[2].dataStore", /unknown reference/);
  });

  it("refuses a duplicate id, across labels too", () => {
    const doc = clone();
    doc.dataStores!.push({ id: "sys-epr", name: "Clash", organisation: "org-a", records: 1, sensitivity: "T1" });
    expectProblem(doc, "$.dataStores[3].id", /duplicate id 'sys-epr' \(first at \$\.systems\[0\]\.id\)/);
  });

  it("refuses an id already used by another label in the graph", () => {
    const facts: GraphFacts = { labelOf: (id) => (id === "ds-epr" ? "System" : undefined), groupsOf: () => new Map() };
    expectProblem(example, "$.dataStores[0].id", /already a System/, facts);
  });

  it("resolves references against the graph's facts in MERGE", () => {
    const facts: GraphFacts = { labelOf: (id) => (id === "sys-old" ? "System" : undefined), groupsOf: () => new Map() };
    const doc = { dependencies: [{ from: "sys-old", to: "sys-old2" }] };
    const problems = problemsOf(doc, facts);
    expect(problems).toEqual([{ path: "$.dependencies[0].to", message: "unknown reference 'sys-old2'" }]);
  });

  it("refuses a capacity outside 0..1", () => {
    const doc = clone();
    doc.dependencies![1]!.capacity = 1.5;
    expectProblem(doc, "$.dependencies[1].capacity", /between 0 and 1/);
    const d2 = clone();
    (d2.careServices![0]!.workaround as Record<string, number>).capacity = -0.1;
    expectProblem(d2, "$.careServices[0].workaround.capacity", /between 0 and 1/);
  });

  it("refuses DEGRADES without capacity, and capacity on FAILS", () => {
    const doc = clone();
    delete doc.dependencies![1]!.capacity;
    expectProblem(doc, "$.dependencies[1].capacity", /DEGRADES needs a capacity/);
    const d2 = clone();
    d2.dependencies![0]!.capacity = 0.5;
    expectProblem(d2, "$.dependencies[0].capacity", /only to DEGRADES/);
  });

  it("refuses a group whose members disagree on effect or capacity", () => {
    const doc = clone();
    Object.assign(doc.dependencies![10]!, { effect: "DEGRADES", capacity: 0.3 });
    expectProblem(doc, "$.dependencies[10]", /members of group 'network' of 'sys-pas' disagree/);
  });

  it("refuses a group member that disagrees with the group in the graph", () => {
    const facts: GraphFacts = {
      labelOf: () => undefined,
      groupsOf: (from) =>
        new Map(from === "sys-pas" ? [["network", [{ to: "sys-old-link", share: 1, effect: "DEGRADES" as const, capacity: 0.2 }]]] : []),
    };
    expectProblem(example, "$.dependencies[9]", /disagree.*in the graph/, facts);
  });

  it("refuses share outside a group, and outside 0..1", () => {
    const doc = clone();
    doc.dependencies![0]!.share = 0.5;
    expectProblem(doc, "$.dependencies[0].share", /only to a member of a group/);
    const d2 = clone();
    doc.dependencies![10]!.share = 2;
    d2.dependencies![10]!.share = 2;
    expectProblem(d2, "$.dependencies[10].share", /between 0 and 1/);
  });

  it("refuses label pairs the model does not allow", () => {
    const doc = clone();
    doc.dependencies!.push({ from: "sup-path", to: "sys-epr" });
    doc.dependencies!.push({ from: "svc-ed", to: "org-a" });
    doc.accesses!.push({ system: "ds-epr", dataStore: "ds-lab" });
    doc.administers!.push({ from: "ds-epr", to: "sys-epr" });
    doc.administers!.push({ from: "sys-ad", to: "ds-epr" });
    doc.systems!.push({ id: "sys-x", name: "X", organisation: "org-a", kind: "APPLICATION", supplier: "sys-epr" });
    expectProblem(doc, "$.dependencies[12].from", /must be a CareService or System or DataStore, but 'sup-path' is a Supplier/);
    expectProblem(doc, "$.dependencies[13].to", /'org-a' is a Organisation/);
    expectProblem(doc, "$.accesses[3].system", /must be a System/);
    expectProblem(doc, "$.administers[2].from", /must be a System or Supplier/);
    expectProblem(doc, "$.administers[3].to", /must be a System/);
    expectProblem(doc, "$.systems[6].supplier", /must be a Supplier/);
  });

  it("refuses self-dependency and duplicate relationships", () => {
    const doc = clone();
    doc.dependencies!.push({ from: "sys-epr", to: "sys-epr" });
    doc.dependencies!.push({ from: "svc-ed", to: "sys-epr" });
    doc.accesses!.push({ system: "sys-epr", dataStore: "ds-epr" });
    expectProblem(doc, "$.dependencies[12].to", /cannot depend on itself/);
    expectProblem(doc, "$.dependencies[13]", /duplicate dependency svc-ed -> sys-epr \(first at \$\.dependencies\[0\]\)/);
    expectProblem(doc, "$.accesses[3]", /listed twice/);
  });

  it("refuses bad enum values, missing fields and unknown fields with their paths", () => {
    const doc = clone();
    doc.careServices![0]!.severity = "TERRIBLE";
    delete doc.systems![0]!.kind;
    doc.dataStores![0]!.colour = "red";
    doc.dataStores![1]!.records = 1.5;
    doc.careServices![1]!.patientsPerDay = -1;
    expectProblem(doc, "$.careServices[0].severity", /expected one of/);
    expectProblem(doc, "$.systems[0].kind", /is required|expected one of/);
    expectProblem(doc, "$.dataStores[0]", /unrecognized key.*colour/i);
    expectProblem(doc, "$.dataStores[1].records", /whole number/);
    expectProblem(doc, "$.careServices[1].patientsPerDay", /negative/);
  });

  it("lists every problem at once, shape and references together", () => {
    const doc = clone();
    doc.careServices![0]!.severity = "TERRIBLE";
    doc.dependencies![0]!.to = "sys-nowhere";
    doc.dependencies![3]!.from = "svc-nowhere";
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.careServices[0].severity", "$.dependencies[0].to", "$.dependencies[3].from"]));
  });

  it("does not report a reference to an entry that failed its own shape as unknown", () => {
    const doc = clone();
    doc.systems![0]!.kind = "MAINFRAME";
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(["$.systems[0].kind"]);
  });
});
