import { readFileSync } from "node:fs";
import type { InterchangeDocument } from "../../server/model/document.js";
import type { Sensitivity } from "../../server/model/enums.js";
import { validateDocument } from "../../server/model/validate.js";
import { DEMO_PATH, buildDemoIcs, serialise } from "./build.js";

/**
 * Checks seed/demo-ics.json with the product's own validator (the interchange schema and the
 * rules between entries, model section 7), that it is what the builder makes today, and the
 * demo's own bounds. Prints node and relationship counts per kind; exits 1 on any problem.
 */
const problems: string[] = [];
const fail = (message: string): void => void problems.push(message);

const text = readFileSync(DEMO_PATH, "utf8");
if (text !== (await serialise(buildDemoIcs()))) fail("seed/demo-ics.json is stale: run `npx tsx seed/demo/build.ts`");
const checked = validateDocument(JSON.parse(text));
if (!checked.ok) {
  for (const p of checked.problems) fail(`${p.path}: ${p.message}`);
  finish(undefined);
} else {
  checkBounds(checked.document);
  finish(checked.document);
}

/** The demo's own bounds: a realistic size, every data tier, every service with a dependency. */
function checkBounds(doc: InterchangeDocument): void {
  const nodes = doc.organisations.length + doc.careServices.length + doc.systems.length + doc.dataStores.length + doc.suppliers.length;
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
