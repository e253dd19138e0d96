import { describe, expect, it } from "vitest";
import {
  AccessDoc,
  AdministersDoc,
  CareServiceDoc,
  DataStoreDoc,
  DependencyDoc,
  InterchangeDocument,
  OrganisationDoc,
  SupplierDoc,
  SystemDoc,
} from "../../server/model/document.js";
import type { GroupMember } from "../../server/model/group-rules.js";
import type { NodeLabel } from "../../server/model/enums.js";
import { validateDocument } from "../../server/model/validate.js";
import { generateScale, planScale, type GeneratedChunk, type Scale, type ScalePlan } from "../../seed/generator/generate.js";

type Label = "Organisation" | "CareService" | "System" | "DataStore" | "Supplier";

const collect = (scale: Scale, seed: number, chunkSize?: number): GeneratedChunk[] => [...generateScale(scale, seed, chunkSize)];

function count(chunks: readonly GeneratedChunk[]): ScalePlan {
  let nodes = 0;
  let relationships = 0;
  for (const c of chunks) {
    const owned = c.careServices.length + c.systems.length + c.dataStores.length;
    nodes += c.organisations.length + c.suppliers.length + owned;
    relationships += owned + c.dependencies.length + c.accesses.length + c.administers.length;
  }
  return { nodes, relationships };
}

/**
 * The interchange rules of the model (section 7) and the stream's ordering invariant: within
 * a chunk the nodes are registered first, then every reference must resolve to a node of that
 * chunk or an earlier one, with a label the relationship allows.
 */
function problems(chunks: readonly GeneratedChunk[]): string[] {
  const found: string[] = [];
  const labels = new Map<string, Label>();
  const pairs = new Set<string>();
  const groups = new Map<string, string>();
  const report = (message: string): void => {
    if (found.length < 20) found.push(message);
  };
  const expect = (id: string | undefined, allowed: readonly Label[], where: string): void => {
    if (id === undefined) return;
    const label = labels.get(id);
    if (label === undefined) report(`${where}: ${id} is not written yet`);
    else if (!allowed.includes(label)) report(`${where}: ${id} is a ${label}, allowed ${allowed.join("/")}`);
  };
  const fraction = (x: number | undefined): boolean => x === undefined || (x >= 0 && x <= 1);

  chunks.forEach((c, n) => {
    const add = (id: string, label: Label): void => {
      if (labels.has(id)) report(`chunk ${String(n)}: duplicate id ${id}`);
      labels.set(id, label);
    };
    for (const o of c.organisations) add(o.id, "Organisation");
    for (const s of c.suppliers) add(s.id, "Supplier");
    for (const s of c.careServices) add(s.id, "CareService");
    for (const s of c.systems) add(s.id, "System");
    for (const d of c.dataStores) add(d.id, "DataStore");

    for (const node of [...c.careServices, ...c.systems, ...c.dataStores])
      expect(node.organisation, ["Organisation"], `${node.id}.organisation`);
    for (const s of c.systems) expect(s.supplier, ["Supplier"], `${s.id}.supplier`);
    for (const d of c.dependencies) {
      const where = `DEPENDS_ON ${d.from}->${d.to}`;
      expect(d.from, ["CareService", "System", "DataStore"], where);
      expect(d.to, ["CareService", "System", "DataStore", "Supplier"], where);
      if (d.from === d.to) report(`${where}: self-dependency`);
      const pair = `${d.from}\u0000${d.to}`;
      if (pairs.has(pair)) report(`${where}: duplicate`);
      pairs.add(pair);
      if ((d.effect === "DEGRADES") !== (d.capacity !== undefined)) report(`${where}: capacity must come with DEGRADES, and only with it`);
      if (!fraction(d.capacity) || !fraction(d.share)) report(`${where}: capacity or share outside 0..1`);
      if (d.share !== undefined && d.group === undefined) report(`${where}: share outside a group`);
      if (d.group !== undefined) {
        const key = `${d.from}\u0000${d.group}`;
        const terms = `${d.effect}/${String(d.capacity)}`;
        const seen = groups.get(key);
        if (seen !== undefined && seen !== terms) report(`${where}: group ${d.group} members disagree (${seen} vs ${terms})`);
        groups.set(key, terms);
      }
    }
    for (const a of c.accesses) {
      expect(a.system, ["System"], `ACCESSES ${a.system}->${a.dataStore}`);
      expect(a.dataStore, ["DataStore"], `ACCESSES ${a.system}->${a.dataStore}`);
    }
    for (const a of c.administers) {
      expect(a.from, ["System", "Supplier"], `ADMINISTERS ${a.from}->${a.to}`);
      expect(a.to, ["System"], `ADMINISTERS ${a.from}->${a.to}`);
    }
  });
  return found;
}

describe("scale generator", () => {
  const trust = collect("trust", 1);
  const ics = collect("ics", 1, 5_000);

  it("gives the same output for the same seed", () => {
    expect(collect("trust", 1)).toEqual(trust);
  });

  it("gives different output for different seeds", () => {
    expect(JSON.stringify(collect("trust", 2))).not.toEqual(JSON.stringify(trust));
  });

  it("streams the same items whatever the chunk size", () => {
    const flatten = (chunks: GeneratedChunk[]): string[] =>
      chunks.flatMap((c) =>
        Object.values(c)
          .flat()
          .map((item) => JSON.stringify(item)),
      );
    expect(flatten(collect("trust", 1, 3_000)).sort()).toEqual(flatten(trust).sort());
  });

  it("plans exactly what it yields", () => {
    expect(count(trust)).toEqual(planScale("trust", 1));
    expect(count(ics)).toEqual(planScale("ics", 1));
  });

  it("sizes a trust at 15-20k nodes and an ICS at roughly 1/42 of England", () => {
    const t = planScale("trust", 1);
    expect(t.nodes).toBeGreaterThanOrEqual(15_000);
    expect(t.nodes).toBeLessThanOrEqual(20_000);
    const i = planScale("ics", 1);
    expect(i.nodes).toBeGreaterThan(40_000);
    expect(i.nodes).toBeLessThan(80_000);
  });

  it("keeps chunks near the requested size", () => {
    for (const chunk of ics.slice(0, -1)) {
      const { nodes, relationships } = count([chunk]);
      expect(nodes + relationships).toBeGreaterThanOrEqual(5_000);
      expect(nodes + relationships).toBeLessThan(5_000 + 3_000);
    }
  });

  it("keeps the ordering invariant and the interchange rules on the whole trust output", () => {
    expect(problems(trust)).toEqual([]);
  });

  it("keeps the ordering invariant and the interchange rules on the whole ICS output", () => {
    expect(problems(ics)).toEqual([]);
  });

  it("writes every trust chunk in the interchange schemas", () => {
    for (const chunk of trust) {
      expect(() => InterchangeDocument.parse(chunk)).not.toThrow();
      // The whole-document parse can fill defaults; each entry must already be complete.
      for (const x of chunk.organisations) expect(OrganisationDoc.parse(x)).toEqual(x);
      for (const x of chunk.suppliers) expect(SupplierDoc.parse(x)).toEqual(x);
      for (const x of chunk.careServices) expect(CareServiceDoc.parse(x)).toEqual(x);
      for (const x of chunk.systems) expect(SystemDoc.parse(x)).toEqual(x);
      for (const x of chunk.dataStores) expect(DataStoreDoc.parse(x)).toEqual(x);
      for (const x of chunk.dependencies) expect(DependencyDoc.parse(x)).toEqual(x);
      for (const x of chunk.accesses) expect(AccessDoc.parse(x)).toEqual(x);
      for (const x of chunk.administers) expect(AdministersDoc.parse(x)).toEqual(x);
    }
  });

  it("passes the project's validator chunk by chunk, as a writer sees the stream", () => {
    const labels = new Map<string, NodeLabel>();
    const groups = new Map<string, Map<string, GroupMember[]>>();
    const facts = {
      labelOf: (id: string) => labels.get(id),
      groupsOf: (from: string) => groups.get(from) ?? new Map<string, GroupMember[]>(),
    };
    for (const chunk of trust) {
      const result = validateDocument(chunk, facts);
      expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
      for (const x of chunk.organisations) labels.set(x.id, "Organisation");
      for (const x of chunk.suppliers) labels.set(x.id, "Supplier");
      for (const x of chunk.careServices) labels.set(x.id, "CareService");
      for (const x of chunk.systems) labels.set(x.id, "System");
      for (const x of chunk.dataStores) labels.set(x.id, "DataStore");
      for (const d of chunk.dependencies) {
        if (d.group === undefined) continue;
        const byGroup = groups.get(d.from) ?? new Map<string, GroupMember[]>();
        groups.set(
          d.from,
          byGroup.set(d.group, [
            ...(byGroup.get(d.group) ?? []),
            { to: d.to, share: d.share ?? 1, effect: d.effect, capacity: d.capacity },
          ]),
        );
      }
    }
  });

  it("covers the model: every kind of node and relationship, groups, degradation, a cycle", () => {
    const all = ics.flatMap((c) => c.dependencies);
    expect(all.some((d) => d.group !== undefined && d.share !== undefined)).toBe(true);
    // N+1 capacity: a group of three hosts at 0.5, any two of which carry the load.
    expect(all.filter((d) => d.group === "cluster" && d.share === 0.5).length).toBeGreaterThanOrEqual(3);
    expect(all.some((d) => d.effect === "DEGRADES")).toBe(true);
    const edges = new Set(all.map((d) => `${d.from}>${d.to}`));
    expect(all.some((d) => edges.has(`${d.to}>${d.from}`))).toBe(true);
    const types = new Set(ics.flatMap((c) => c.organisations.map((o) => o.type)));
    for (const t of [
      "ACUTE_TRUST",
      "MENTAL_HEALTH_TRUST",
      "COMMUNITY_TRUST",
      "AMBULANCE_TRUST",
      "GP_PRACTICE",
      "CARE_HOME",
      "INTEGRATED_CARE_BOARD",
      "NATIONAL_SERVICE",
    ]) {
      expect(types).toContain(t);
    }
    const tiers = new Set(ics.flatMap((c) => c.dataStores.map((d) => d.sensitivity)));
    expect([...tiers].sort()).toEqual(["T1", "T2", "T3", "T4"]);
  });

  it("plans England at 2.1-2.6M nodes and 6-8M relationships", () => {
    const plan = planScale("national", 1);
    expect(plan.nodes).toBeGreaterThanOrEqual(2_100_000);
    expect(plan.nodes).toBeLessThanOrEqual(2_600_000);
    expect(plan.relationships).toBeGreaterThanOrEqual(6_000_000);
    expect(plan.relationships).toBeLessThanOrEqual(8_000_000);
  });
});
