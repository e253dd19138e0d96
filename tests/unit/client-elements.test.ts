import { describe, expect, it } from "vitest";
import type { BlastRadius, NodeRef } from "../../client/src/features/blast-radius/api.js";
import { toElements, undrawn } from "../../client/src/features/blast-radius/elements.js";
import { CONSEQUENCE_COLOURS, stylesheet } from "../../client/src/features/blast-radius/styles.js";

const n = (id: string, label: NodeRef["label"] = "System"): NodeRef => ({ id, name: id.toUpperCase(), label });
const net = n("sys-net");
const epr = n("sys-epr");
const ed = n("svc-ed", "CareService");
const store = n("ds-mh", "DataStore");

const result: BlastRadius = {
  hours: 24,
  affectedCount: 500,
  affected: [
    { node: { ...net, organisation: "org-a" }, capability: 0, status: "FAILED" },
    { node: { ...epr, organisation: "org-a" }, capability: 0, status: "FAILED" },
    { node: { ...ed, organisation: "org-a" }, capability: 0, status: "FAILED" },
  ],
  affectedGroups: [
    { organisation: "org-a", label: "System", count: 400, failed: 400 },
    { organisation: "org-a", label: "CareService", count: 1, failed: 1 },
    { organisation: "org-b", label: "DataStore", count: 99, failed: 0 },
  ],
  careServices: [{ service: ed, capability: 0, status: "FAILED", harm: 2880, consequence: "CATASTROPHIC", path: [ed, epr, net] }],
  exposedDataStores: [store],
  availabilityHarm: 2880,
  confidentialityHarm: 80,
  totalHarm: 2960,
  consequence: "CATASTROPHIC",
  profile: "default",
  impactOverTime: [],
};

describe("the blast radius as graph elements", () => {
  const elements = toElements(result, { lost: [net], compromised: [n("sys-ad")] });
  const byId = new Map(elements.map((e) => [String(e.data.id), e]));

  it("draws each node once, keyed by its graph id, with its status and kind as classes", () => {
    const drawn = elements.filter((e) => e.group === "nodes" && !e.classes.includes("group"));
    expect(drawn.map((e) => e.data.id).sort()).toEqual(["ds-mh", "svc-ed", "sys-ad", "sys-epr", "sys-net"]);
    expect(byId.get("sys-epr")!.classes.split(" ")).toEqual(expect.arrayContaining(["System", "failed"]));
  });

  it("colours services by consequence and marks lost, compromised and exposed nodes", () => {
    expect(byId.get("svc-ed")!.classes).toContain("consequence-catastrophic");
    expect(byId.get("sys-net")!.classes).toContain("lost");
    expect(byId.get("sys-ad")!.classes).toContain("compromised");
    expect(byId.get("ds-mh")!.classes).toContain("exposed");
  });

  it("draws the dependency path that carries the harm, once per edge", () => {
    expect(elements.filter((e) => e.group === "edges").map((e) => e.data.id)).toEqual(["svc-ed->sys-epr", "sys-epr->sys-net"]);
  });

  it("counts the affected nodes it does not draw, and groups them by organisation and kind", () => {
    expect(undrawn(result, elements)).toBe(497);
    const groups = elements.filter((e) => e.classes === "group").map((e) => [e.data.id, e.data.count]);
    expect(groups).toEqual([
      ["group|org-a|System", 398],
      ["group|org-b|DataStore", 99],
    ]);
  });

  it("styles every consequence level with its colour", () => {
    const sheet = stylesheet() as Array<{ selector: string; style: Record<string, unknown> }>;
    for (const [level, colour] of Object.entries(CONSEQUENCE_COLOURS)) {
      expect(sheet.find((r) => r.selector === `node.consequence-${level.toLowerCase()}`)?.style["background-color"]).toBe(colour);
    }
  });
});

describe("the impacts as CSV", () => {
  it("has a row per service with its evidence, quoting what needs quoting", async () => {
    const { impactsCsv } = await import("../../client/src/features/blast-radius/export.js");
    const csv = impactsCsv({ ...result, careServices: [{ ...result.careServices[0]!, service: { ...ed, name: 'ED, "main"' } }] });
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("service_id,service,status,capability,consequence,harm,hours,profile,path");
    expect(lines[1]).toBe('svc-ed,"ED, ""main""",FAILED,0,CATASTROPHIC,2880,24,default,svc-ed > sys-epr > sys-net');
  });
});
