import { describe, expect, it } from "vitest";
import type { BlastRadius, NodeRef } from "../../client/src/features/blast-radius/api.js";
import { GROUP_LIMIT, type AffectedGroup } from "../../client/src/features/blast-radius/api.js";
import { toElements, undrawn } from "../../client/src/features/blast-radius/elements.js";
import {
  groupsToDraw,
  nextStep,
  NO_REGIONS_OPEN,
  OPEN_STEP,
  openRegion,
  regionKey,
} from "../../client/src/features/blast-radius/grouping.js";
import { CONSEQUENCE_COLOURS, stylesheet } from "../../client/src/features/blast-radius/styles.js";
import { defaultLayout, DENSE_BOXES } from "../../client/src/features/blast-radius/compound-layout.js";

const n = (id: string, label: NodeRef["label"] = "System"): NodeRef => ({ id, name: id.toUpperCase(), label });
const net = n("sys-net");
const epr = n("sys-epr");
const ed = n("svc-ed", "CareService");
const store = n("ds-mh", "DataStore");
/** A care service as the blast radius answers it (its organisation's name left blank). */
const service = (r: NodeRef) => ({
  ...r,
  organisation: "org-a",
  organisationName: "",
  severity: "MAJOR" as const,
  impactToleranceHours: null,
});

const result: BlastRadius = {
  hours: 24,
  affectedCount: 500,
  affected: [
    { node: { ...net, organisation: "org-a" }, capability: 0, status: "FAILED" },
    { node: { ...epr, organisation: "org-a" }, capability: 0, status: "FAILED" },
    { node: { ...ed, organisation: "org-a" }, capability: 0, status: "FAILED" },
  ],
  affectedGroups: [
    { organisation: "org-a", organisationName: null, region: "North", label: "System", count: 400, failed: 400 },
    { organisation: "org-a", organisationName: null, region: "North", label: "CareService", count: 1, failed: 1 },
    { organisation: "org-b", organisationName: null, region: "South", label: "DataStore", count: 99, failed: 0 },
  ],
  regionGroups: [
    { organisation: null, organisationName: null, region: "North", label: "System", count: 400, failed: 400 },
    { organisation: null, organisationName: null, region: "North", label: "CareService", count: 1, failed: 1 },
    { organisation: null, organisationName: null, region: "South", label: "DataStore", count: 99, failed: 0 },
  ],
  careServiceCount: 1,
  exposedCount: 1,
  careServices: [
    {
      service: service(ed),
      capability: 0,
      status: "FAILED",
      harm: 2880,
      consequence: "CATASTROPHIC",
      recoveredAt: null,
      edges: [{ implied: false }, { implied: false }],
      evidence: [ed, epr, net].map((x) => ({ node: { ...x, organisation: "org-a" }, capability: 0, status: "FAILED" as const })),
    },
  ],
  exposedDataStores: [store],
  exposurePaths: [],
  patientsDisruptedPerDay: 240,
  servicesStopped: 1,
  servicesDegraded: 0,
  recordsExposed: 10_000,
  availabilityHarm: 2880,
  confidentialityHarm: 80,
  totalHarm: 2960,
  consequence: "CATASTROPHIC",
  profile: "default",
  impactOverTime: [],
  recovery: [],
};

describe("the blast radius as graph elements", () => {
  const elements = toElements(result, { lost: [net], compromised: [n("sys-ad")] }, groupsToDraw(result, NO_REGIONS_OPEN));
  const byId = new Map(elements.map((e) => [String(e.data.id), e]));

  it("draws each node once, keyed by its graph id, with its status and kind as classes", () => {
    const drawn = elements.filter((e) => e.group === "nodes" && !e.classes.includes("group") && e.classes !== "org");
    expect(drawn.map((e) => e.data.id).sort()).toEqual(["ds-mh", "svc-ed", "sys-ad", "sys-epr", "sys-net"]);
    expect(byId.get("sys-epr")!.classes.split(" ")).toEqual(expect.arrayContaining(["System", "failed"]));
  });

  it("puts each drawn node in a box for its organisation, named, before its members", () => {
    const boxes = elements.filter((e) => e.classes === "org");
    expect(boxes.map((e) => e.data.id)).toEqual(["org|org-a"]);
    expect(byId.get("sys-epr")!.data.parent).toBe("org|org-a");
    expect(byId.get("sys-ad")!.data.parent).toBeUndefined();
    expect(elements.indexOf(boxes[0]!)).toBeLessThan(elements.indexOf(byId.get("sys-epr")!));
  });

  it("draws a compromise's exposure paths: administers edges, then the access edge to the store", () => {
    const store2 = {
      ...n("ds-epr", "DataStore"),
      organisation: "org-b",
      organisationName: "Northmoor",
      sensitivity: "T2" as const,
      records: 1e6,
    };
    const withPaths = {
      ...result,
      exposurePaths: [
        {
          store: store2,
          path: [n("sys-ad"), { ...epr, organisation: "org-a", organisationName: "Riverside" }, store2],
          viaAccess: true,
          harm: 3000,
        },
      ],
    };
    const els = toElements(withPaths, { lost: [], compromised: [n("sys-ad")] }, groupsToDraw(result, NO_REGIONS_OPEN));
    const edges = els.filter((e) => e.group === "edges" && String(e.data.id).startsWith("x:")).map((e) => [e.data.id, e.classes]);
    expect(edges).toEqual([
      ["x:sys-ad->sys-epr", "administers"],
      ["x:sys-epr->ds-epr", "accesses"],
    ]);
    const byIdP = new Map(els.map((e) => [String(e.data.id), e]));
    expect(byIdP.get("ds-epr")!.classes).toContain("exposed");
    expect(byIdP.get("sys-epr")!.classes).toContain("controlled");
    // A lone node of its organisation is not boxed; its label names the organisation.
    expect(byIdP.get("org|org-b")).toBeUndefined();
    expect(byIdP.get("ds-epr")!.data.name).toBe("DS-EPR\n(Northmoor)");
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

describe("grouping a national-scale blast radius", () => {
  // More organisation groups than the view draws (the API then answers none of them): it falls back to regions.
  const many: AffectedGroup[] = Array.from({ length: GROUP_LIMIT + 1 }, (_, i) => ({
    organisation: `org-${i}`,
    organisationName: null,
    region: i % 2 ? "North" : "South",
    label: "System",
    count: 1000 - i,
    failed: 10,
  }));
  const national = {
    ...result,
    affectedCount: many.reduce((s, g) => s + g.count, 0),
    affectedGroups: [],
    regionGroups: [
      {
        organisation: null,
        organisationName: null,
        region: "North",
        label: "System" as const,
        count: many.filter((g) => g.region === "North").reduce((s, g) => s + g.count, 0),
        failed: 750,
      },
      {
        organisation: null,
        organisationName: null,
        region: "South",
        label: "System" as const,
        count: many.filter((g) => g.region === "South").reduce((s, g) => s + g.count, 0),
        failed: 760,
      },
    ],
  };

  it("draws organisation groups while there are few, and regions beyond GROUP_LIMIT", () => {
    expect(groupsToDraw(result, NO_REGIONS_OPEN).regions).toEqual([]);
    const g = groupsToDraw(national, NO_REGIONS_OPEN);
    expect(g.organisations).toEqual([]);
    expect(g.regions.map((r) => [r.region, r.count, r.further])).toEqual([
      ["North", national.regionGroups[0]!.count, false],
      ["South", national.regionGroups[1]!.count, false],
    ]);
    const els = toElements(national, { lost: [], compromised: [] }, g).filter((e) => e.classes.includes("region"));
    expect(els.map((e) => e.data.id)).toEqual([regionKey("North", "System"), regionKey("South", "System")]);
    expect(String(els[0]!.data.name)).toMatch(/^[\d,]+ affected systems · North$/);
  });

  it("opens a region a step at a time into its largest organisations, and what is left stays a group", () => {
    const key = regionKey("North", "System");
    const north = many.filter((g) => g.region === "North");
    expect(nextStep(NO_REGIONS_OPEN, key)).toBe(OPEN_STEP);
    // The API answers with the OPEN_STEP largest; they are drawn, and the region group keeps the rest.
    const once = openRegion(NO_REGIONS_OPEN, key, north.slice(0, OPEN_STEP));
    const g = groupsToDraw(national, once);
    expect(g.organisations).toEqual(north.slice(0, OPEN_STEP));
    const rest = g.regions.find((r) => r.region === "North")!;
    expect(rest.count).toBe(national.regionGroups[0]!.count - north.slice(0, OPEN_STEP).reduce((s, x) => s + x.count, 0));
    expect(rest.failed).toBe(750 - OPEN_STEP * 10);
    expect(rest.further).toBe(true);
    expect(nextStep(once, key)).toBe(2 * OPEN_STEP);
    // Once every organisation of the region is shown, the region group is gone.
    const all = openRegion(once, key, north);
    expect(groupsToDraw(national, all).regions.map((r) => r.region)).toEqual(["South"]);
    expect(groupsToDraw(national, all).organisations).toHaveLength(north.length);
  });

  it("draws the affected nodes listed only while the radius is within AFFECTED_LIMIT, and opened members always", () => {
    const other = { node: { ...n("sys-other"), organisation: "org-c" }, capability: 0.5, status: "DEGRADED" as const };
    const small = { ...result, affectedCount: 4, affected: [...result.affected, other], affectedGroups: [], regionGroups: [] };
    const ids = (els: ReturnType<typeof toElements>) => els.map((e) => e.data.id);
    expect(ids(toElements(small, { lost: [], compromised: [] }, groupsToDraw(small, NO_REGIONS_OPEN)))).toContain("sys-other");
    const large = { ...small, affectedCount: 5000 };
    expect(ids(toElements(large, { lost: [], compromised: [] }, groupsToDraw(large, NO_REGIONS_OPEN)))).not.toContain("sys-other");
    expect(ids(toElements(large, { lost: [], compromised: [] }, groupsToDraw(large, NO_REGIONS_OPEN), [other]))).toContain("sys-other");
  });

  it("counts the nodes on evidence paths as drawn", () => {
    const b = { ...result, affected: [] };
    const els = toElements(b, { lost: [net], compromised: [] }, groupsToDraw(b, NO_REGIONS_OPEN));
    // svc-ed, sys-epr and sys-net are on the path; 500 - 3 are left to the groups.
    expect(undrawn(b, els)).toBe(497);
  });
});

describe("the layout a radius is drawn with", () => {
  // One service and its system in each of `orgs` organisations, each chain ending on the lost hub.
  const spread = (orgs: number): BlastRadius => ({
    ...result,
    affectedCount: 2 * orgs + 1,
    affected: [],
    careServices: Array.from({ length: orgs }, (_, i) => ({
      service: { ...service(n(`svc-${i}`, "CareService")), organisation: `org-${i}` },
      capability: 0,
      status: "FAILED" as const,
      harm: 100 - i,
      consequence: "MAJOR" as const,
      recoveredAt: null,
      edges: [],
      evidence: [n(`svc-${i}`, "CareService"), n(`sys-${i}`), net].map((x, k) => ({
        node: k < 2 ? { ...x, organisation: `org-${i}` } : x,
        capability: 0,
        status: "FAILED" as const,
      })),
    })),
  });

  it("keeps chains layered, and sets the organisations of a dense radius apart", () => {
    const draw = (orgs: number) => toElements(spread(orgs), { lost: [net], compromised: [] }, { organisations: [], regions: [] });
    expect(draw(DENSE_BOXES).filter((e) => e.classes === "org")).toHaveLength(DENSE_BOXES);
    expect(defaultLayout(draw(DENSE_BOXES))).toBe("dagre");
    expect(defaultLayout(draw(DENSE_BOXES + 1))).toBe("fcose");
    expect(defaultLayout(toElements(result, { lost: [net], compromised: [] }, groupsToDraw(result, NO_REGIONS_OPEN)))).toBe("dagre");
  });
});

describe("the impacts as CSV", () => {
  it("has a row per service with its evidence by name, the columns in words, quoting what needs quoting", async () => {
    const { impactsCsv } = await import("../../client/src/features/blast-radius/export.js");
    const csv = impactsCsv({ ...result, careServices: [{ ...result.careServices[0]!, service: service({ ...ed, name: 'ED, "main"' }) }] });
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(
      "Kind,Id,Name,Organisation,Status,Capability,Consequence,Sensitivity,Records,Harm (weighted patients),Horizon (hours),Scoring profile,Path",
    );
    expect(lines[1]).toBe('care service,svc-ed,"ED, ""main""",,stopped,0,catastrophic,,,2880,24,default,SVC-ED > SYS-EPR > SYS-NET');
  });

  it("lists each exposed store of a compromise with its organisation, tier, records, part of the harm and path by name", async () => {
    const { impactsCsv } = await import("../../client/src/features/blast-radius/export.js");
    const paths = [
      {
        store: { ...store, organisation: "org-a", organisationName: "Riverside", sensitivity: "T3" as const, records: 10000 },
        path: [
          { id: "sys-ad", name: "Active Directory" },
          { id: "sys-epr", name: "Patient record" },
          { id: "ds-mh", name: "Mental health records" },
        ],
        viaAccess: true,
        harm: 80,
      },
    ];
    const lines = impactsCsv({ hours: 24, profile: "default", careServices: [], exposurePaths: paths }).trim().split("\n");
    expect(lines[1]).toBe(
      "exposed data store,ds-mh,DS-MH,Riverside,exposed,,,T3 (specially protected),10000,80,24,default,Active Directory > Patient record > Mental health records",
    );
  });

  it("defuses a name a spreadsheet would run as a formula, and leaves numbers be", async () => {
    const { toCsv } = await import("../../client/src/lib/csv.js");
    const names = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Plain"];
    const lines = toCsv([...names.map((n) => [n]), [-1.5]]).split("\n");
    expect(lines.slice(0, 7)).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", '"\'\rCR"', "Plain"]);
    expect(lines[7]).toBe("-1.5");
  });
});

describe("folding a long top rank into blocks", async () => {
  const { blockPositions, blockSize, CELL } = await import("../../client/src/features/blast-radius/layered-layout.js");

  it("puts one node at the centre, and many in near-square rows whose bottom row sits on the centre", () => {
    expect(blockPositions({ x: 10, y: 20 }, 1)).toEqual([{ x: 10, y: 20 }]);
    const spots = blockPositions({ x: 0, y: 0 }, 7);
    // ceil(sqrt(14)) = 4 columns: a row of 4 above a row of 3.
    expect(spots.map((p) => p.y)).toEqual([-CELL.h, -CELL.h, -CELL.h, -CELL.h, 0, 0, 0]);
    expect(spots.slice(0, 4).map((p) => p.x)).toEqual([-1.5, -0.5, 0.5, 1.5].map((k) => k * CELL.w));
    expect(spots.slice(4).map((p) => p.x)).toEqual([-1, 0, 1].map((k) => k * CELL.w));
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBe(7);
    expect(blockSize(7)).toEqual({ w: 4 * CELL.w, h: 2 * CELL.h });
  });
});

describe("wrapping a wide rank onto rows", async () => {
  const { wrapRanks, WRAP_GAP } = await import("../../client/src/features/blast-radius/wrap-ranks.js");
  const rank = (y: number, count: number, parent: (i: number) => string | null, prefix = "n") =>
    Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, x: i * 70, y, parent: parent(i) }));

  it("leaves narrow ranks alone, wraps a wide one into balanced rows, and moves the ranks below down", () => {
    const nodes = [...rank(0, 3, () => "org-a", "top"), ...rank(100, 30, () => "org-a"), ...rank(200, 2, () => "org-a", "end")];
    const { at, wrapped } = wrapRanks(nodes, new Set(), 12);
    expect(wrapped.size).toBe(30);
    expect(at.get("top0")).toEqual({ x: 0, y: 0 });
    // 30 nodes past 12 a row: 3 rows of 10.
    const rows = Array.from({ length: 30 }, (_, i) => at.get(`n${i}`)!);
    expect(new Set(rows.map((p) => p.y))).toEqual(new Set([100, 100 + WRAP_GAP.y, 100 + 2 * WRAP_GAP.y]));
    expect(rows.filter((p) => p.y === 100)).toHaveLength(10);
    expect(new Set(rows.map((p) => `${p.x},${p.y}`)).size).toBe(30);
    expect(at.get("end0")!.y).toBe(200 + 2 * WRAP_GAP.y);
  });

  it("keeps each organisation's part of a rank in its own block, side by side in their order", () => {
    const { at } = wrapRanks(
      rank(0, 40, (i) => (i < 20 ? "org-a" : "org-b")),
      new Set(),
      12,
    );
    const xs = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => at.get(`n${from + k}`)!.x);
    expect(Math.max(...xs(0, 20))).toBeLessThan(Math.min(...xs(20, 40)));
  });

  it("keeps a rank that holds a folded block's stand-in where dagre put it", () => {
    const nodes = rank(0, 20, () => null);
    const { at, wrapped } = wrapRanks(nodes, new Set(["n3"]), 12);
    expect(wrapped.size).toBe(0);
    expect(nodes.every((n) => at.get(n.id)!.x === n.x && at.get(n.id)!.y === n.y)).toBe(true);
  });
});
