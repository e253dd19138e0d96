import fc from "fast-check";
import { emptyDocument, type InterchangeDocument } from "../../server/model/document.js";
import type { NodeDelta, RelDelta } from "../../server/model-change/change-set.js";
import type { Plan } from "../../server/model-change/plan.js";

/** A small estate as an interchange document: services on systems on stores, a supplier hosting one system. */
export interface Estate {
  doc: InterchangeDocument;
  risks: Array<{
    id: string;
    likelihood: "VERY_LOW" | "LOW" | "MEDIUM" | "HIGH" | "VERY_HIGH";
    lost: string[];
    compromised: string[];
    hours: number;
  }>;
  candidates: Plan[];
  oneOff: number[];
  annual: number[];
  years: number;
  budget: number;
}

const SEVERITIES = ["MINOR", "SIGNIFICANT", "CONSIDERABLE", "MAJOR", "CATASTROPHIC"] as const;
const LIKELIHOODS = ["VERY_LOW", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;
const RECOVERY = [undefined, 2, 8, 30] as const;

/** Random estates with up to `maxCandidates` candidates (each a planned change, as the model editor would plan it). */
export function randomEstate(maxCandidates: number): fc.Arbitrary<Estate> {
  return fc
    .record({
      services: fc.array(
        fc.record({ sev: fc.nat(4), ppd: fc.integer({ min: 1, max: 500 }), tol: fc.option(fc.constantFrom(2, 4, 24), { nil: undefined }) }),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      systems: fc.array(fc.nat(3), { minLength: 2, maxLength: 5 }),
      stores: fc.integer({ min: 0, max: 2 }),
      hosted: fc.boolean(),
      seed: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
      nCandidates: fc.integer({ min: 1, max: maxCandidates }),
      years: fc.integer({ min: 0, max: 3 }),
      budget: fc.integer({ min: 0, max: 300 }),
    })
    .map((r) => build(r));
}

function build(r: {
  services: Array<{ sev: number; ppd: number; tol: number | undefined }>;
  systems: number[];
  stores: number;
  hosted: boolean;
  seed: number[];
  nCandidates: number;
  years: number;
  budget: number;
}): Estate {
  let s = 0;
  const next = (n: number) => r.seed[s++ % r.seed.length]! % n;
  const doc = emptyDocument();
  doc.organisations.push({ id: "org", name: "Trust", type: "ACUTE_TRUST" });
  r.services.forEach((x, i) =>
    doc.careServices.push({
      id: `svc${i}`,
      name: `Service ${i}`,
      organisation: "org",
      severity: SEVERITIES[x.sev]!,
      patientsPerDay: x.ppd,
      ...(x.tol !== undefined ? { impactToleranceHours: x.tol } : {}),
    }),
  );
  if (r.hosted) doc.suppliers.push({ id: "sup", name: "Supplier", recoveryHours: 12 });
  r.systems.forEach((rec, i) => {
    const h = RECOVERY[rec];
    doc.systems.push({
      id: `sys${i}`,
      name: `System ${i}`,
      organisation: "org",
      kind: "APPLICATION",
      ...(h !== undefined ? { recoveryHours: h } : {}),
      ...(r.hosted && i === 0 ? { supplier: "sup", hosting: "SUPPLIER_HOSTED" as const } : {}),
    });
  });
  for (let i = 0; i < r.stores; i++)
    doc.dataStores.push({ id: `ds${i}`, name: `Store ${i}`, organisation: "org", records: 1000 * (i + 1), sensitivity: i ? "T3" : "T2" });
  const nSys = r.systems.length;
  const deps = new Map<string, InterchangeDocument["dependencies"][number]>();
  r.services.forEach((_, i) => {
    for (let k = 0; k < 1 + next(2); k++) {
      const to = `sys${next(nSys)}`;
      deps.set(
        `svc${i}>${to}`,
        next(3) ? { from: `svc${i}`, to, effect: "FAILS" } : { from: `svc${i}`, to, effect: "DEGRADES", capacity: 0.5 },
      );
    }
  });
  for (let i = 1; i < nSys; i++) if (next(2)) deps.set(`sys${i}>sys${next(i)}`, { from: `sys${i}`, to: `sys${next(i)}`, effect: "FAILS" });
  for (let d = 0; d < r.stores; d++) {
    const sys = `sys${next(nSys)}`;
    deps.set(`${sys}>ds${d}`, { from: sys, to: `ds${d}`, effect: "FAILS" });
    doc.accesses.push({ system: sys, dataStore: `ds${d}` });
  }
  // Keys are unique by construction, but a later random pick may repeat a pair; the map keeps one.
  doc.dependencies.push(...[...deps.values()].filter((d, i, all) => all.findIndex((x) => x.from === d.from && x.to === d.to) === i));
  if (nSys > 2 && next(2)) doc.administers.push({ from: `sys${nSys - 1}`, to: `sys${next(nSys - 1)}` });

  const assets = [...doc.systems.map((x) => x.id), ...doc.dataStores.map((x) => x.id), ...doc.suppliers.map((x) => x.id)];
  const risks: Estate["risks"] = [];
  for (let k = 0; k < 1 + next(4); k++) {
    const lost = [...new Set([assets[next(assets.length)]!, ...(next(2) ? [assets[next(assets.length)]!] : [])])];
    const compromised = next(3) ? [] : [doc.systems[next(nSys)]!.id];
    risks.push({ id: `risk${k}`, likelihood: LIKELIHOODS[next(5)]!, lost, compromised, hours: [4, 24, 72][next(3)]! });
  }

  const candidates: Plan[] = [];
  const oneOff: number[] = [];
  const annual: number[] = [];
  for (let c = 0; c < r.nCandidates; c++) {
    candidates.push(candidate(doc, c, next));
    oneOff.push(next(11) * 10);
    annual.push(next(4) * 5);
  }
  return { doc, risks, candidates, oneOff, annual, years: r.years, budget: r.budget };
}

/** One candidate: tested restores, a workaround, a new alternative in a group, or a dependency removed. */
function candidate(doc: InterchangeDocument, c: number, next: (n: number) => number): Plan {
  const nodes: NodeDelta[] = [];
  const relationships: RelDelta[] = [];
  const write = emptyDocument();
  const kind = next(4);
  if (kind === 0) {
    const before = doc.systems[next(doc.systems.length)]!;
    const after = { ...before, recoveryHours: [1, 4, 12][next(3)]! };
    nodes.push({ id: before.id, label: "System", before, after });
    write.systems.push(after);
  } else if (kind === 1) {
    const before = doc.careServices[next(doc.careServices.length)]!;
    const after = { ...before, workaround: { capacity: [0.25, 0.5, 0.8][next(3)]!, sustainableHours: [8, 48][next(2)]! } };
    nodes.push({ id: before.id, label: "CareService", before, after });
    write.careServices.push(after);
  } else if (kind === 2 || !doc.dependencies.length) {
    const dep = doc.dependencies[next(doc.dependencies.length)] ?? {
      from: doc.careServices[0]!.id,
      to: doc.systems[0]!.id,
      effect: "FAILS" as const,
    };
    const alt = { id: `alt${c}`, name: `Alternative ${c}`, organisation: "org", kind: "APPLICATION" as const, recoveryHours: 4 };
    const grouped = { ...dep, group: `alt${c}` };
    const added = { from: dep.from, to: alt.id, effect: "FAILS" as const, group: `alt${c}` };
    nodes.push({ id: alt.id, label: "System", before: null, after: alt });
    const { from: _f, to: _t, ...values } = dep;
    const { from: _a, to: _b, ...groupedValues } = grouped;
    const { from: _c, to: _d, ...addedValues } = added;
    relationships.push({ type: "DEPENDS_ON", from: dep.from, to: dep.to, before: values, after: groupedValues });
    relationships.push({ type: "DEPENDS_ON", from: added.from, to: added.to, before: null, after: addedValues });
    write.systems.push(alt);
    write.dependencies.push(grouped, added);
  } else {
    const dep = doc.dependencies[next(doc.dependencies.length)]!;
    const { from: _f, to: _t, ...values } = dep;
    relationships.push({ type: "DEPENDS_ON", from: dep.from, to: dep.to, before: values, after: null });
  }
  return { changes: { nodes, relationships }, write, version: 0, sync: null };
}
