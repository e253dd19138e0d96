import { readFileSync } from "node:fs";
import { InterchangeDocument } from "../../server/model/document.js";
import type { NodeLabel, Sensitivity } from "../../server/model/enums.js";
import { DEMO_PATH, buildDemoIcs, serialise } from "./build.js";

/**
 * Checks seed/demo-ics.json: its shape with the interchange schema, the rules between entries
 * (model section 7) on its own, that it is what the builder makes today, and the demo's own
 * bounds. Prints node and relationship counts per kind; exits 1 on any problem.
 */
const problems: string[] = [];
const fail = (message: string): void => void problems.push(message);

const text = readFileSync(DEMO_PATH, "utf8");
if (text !== serialise(buildDemoIcs())) fail("seed/demo-ics.json is stale: run `npx tsx seed/demo/build.ts`");
const parsed = InterchangeDocument.safeParse(JSON.parse(text));
if (!parsed.success) {
  for (const issue of parsed.error.issues) fail(`$.${issue.path.join(".")}: ${issue.message}`);
  finish(undefined);
} else {
  checkRules(parsed.data);
  finish(parsed.data);
}

function checkRules(doc: InterchangeDocument): void {
  const label = new Map<string, NodeLabel>();
  const declare = (ids: ReadonlyArray<{ id: string }>, as: NodeLabel): void => {
    for (const { id } of ids) {
      if (label.has(id)) fail(`duplicate id ${id}`);
      else label.set(id, as);
    }
  };
  declare(doc.organisations, "Organisation");
  declare(doc.careServices, "CareService");
  declare(doc.systems, "System");
  declare(doc.dataStores, "DataStore");
  declare(doc.suppliers, "Supplier");

  const expect = (id: string, allowed: readonly NodeLabel[], where: string): void => {
    const l = label.get(id);
    if (l === undefined) fail(`${where}: unknown reference ${id}`);
    else if (!allowed.includes(l)) fail(`${where}: ${id} is a ${l}, expected ${allowed.join(" or ")}`);
  };
  for (const n of [...doc.careServices, ...doc.systems, ...doc.dataStores]) expect(n.organisation, ["Organisation"],
    `${n.id}.organisation`);
  for (const s of doc.systems) if (s.supplier !== undefined) expect(s.supplier, ["Supplier"], `${s.id}.supplier`);

  const pairs = new Set<string>();
  const groups = new Map<string, string>();
  for (const d of doc.dependencies) {
    const where = `dependency ${d.from} -> ${d.to}`;
    expect(d.from, ["CareService", "System", "DataStore"], where);
    expect(d.to, ["CareService", "System", "DataStore", "Supplier"], where);
    if (d.from === d.to) fail(`${where}: depends on itself`);
    if (pairs.has(`${d.from} ${d.to}`)) fail(`${where}: duplicate`);
    pairs.add(`${d.from} ${d.to}`);
    if (d.effect === "DEGRADES" && d.capacity === undefined) fail(`${where}: DEGRADES without capacity`);
    if (d.effect === "FAILS" && d.capacity !== undefined) fail(`${where}: capacity on FAILS`);
    if (d.group === undefined) {
      if (d.share !== undefined) fail(`${where}: share outside a group`);
      continue;
    }
    const key = `${d.from} ${d.group}`;
    const spec = `${d.effect} ${d.capacity ?? "-"}`;
    const first = groups.get(key);
    if (first === undefined) groups.set(key, spec);
    else if (first !== spec) fail(`${where}: group ${d.group} members disagree (${first} vs ${spec})`);
  }
  const once = (kind: string, from: string, to: string): void => {
    if (pairs.has(`${kind} ${from} ${to}`)) fail(`${kind} ${from} -> ${to} listed twice`);
    pairs.add(`${kind} ${from} ${to}`);
  };
  for (const a of doc.accesses) {
    expect(a.system, ["System"], `accesses ${a.system}`);
    expect(a.dataStore, ["DataStore"], `accesses ${a.system} -> ${a.dataStore}`);
    once("accesses", a.system, a.dataStore);
  }
  for (const a of doc.administers) {
    expect(a.from, ["System", "Supplier"], `administers ${a.from}`);
    expect(a.to, ["System"], `administers ${a.from} -> ${a.to}`);
    if (a.from === a.to) fail(`administers ${a.from}: points to itself`);
    once("administers", a.from, a.to);
  }

  // The demo's own bounds: a realistic size, every data tier, every service with a dependency.
  const nodes = label.size;
  if (nodes < 600 || nodes > 2000) fail(`${nodes} nodes: the demo should hold 600 to 2,000`);
  const tiers = new Set<Sensitivity>(doc.dataStores.map((d) => d.sensitivity));
  for (const t of ["T1", "T2", "T3", "T4"] as const) if (!tiers.has(t)) fail(`no data store in tier ${t}`);
  const dependent = new Set(doc.dependencies.map((d) => d.from));
  for (const s of doc.careServices) if (!dependent.has(s.id)) fail(`${s.id} depends on nothing`);
}

function finish(doc: InterchangeDocument | undefined): void {
  if (doc) {
    const deps = doc.dependencies;
    const rows: ReadonlyArray<readonly [string, number]> = [
      ["Organisation", doc.organisations.length],
      ["CareService", doc.careServices.length],
      ["System", doc.systems.length],
      ["DataStore", doc.dataStores.length],
      ["Supplier", doc.suppliers.length],
      ["DEPENDS_ON", deps.length],
      ["  FAILS", deps.filter((d) => d.effect === "FAILS").length],
      ["  DEGRADES", deps.filter((d) => d.effect === "DEGRADES").length],
      ["  in a redundancy group", deps.filter((d) => d.group !== undefined).length],
      ["ACCESSES", doc.accesses.length],
      ["ADMINISTERS", doc.administers.length],
      ["OPERATED_BY", doc.careServices.length + doc.systems.length + doc.dataStores.length],
    ];
    for (const [kind, count] of rows) console.log(`${kind.padEnd(24)} ${String(count).padStart(6)}`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`problem: ${p}`);
    console.error(`${problems.length} problem(s) in ${DEMO_PATH}`);
    process.exitCode = 1;
  } else console.log(`OK: ${DEMO_PATH} satisfies the interchange schema and rules.`);
}
