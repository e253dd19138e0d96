import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../server/app.js";
import type { Database } from "../../server/graph/database.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import { dependentsByCypher } from "../support/reachability.js";
import type { InterchangeInput } from "../../server/model/document.js";
import { createRng, type Rng } from "../../seed/generator/rng.js";
import type { Hosting } from "../../server/model/enums.js";
import { HOSTINGS } from "../../server/model/vocabulary.js";
import { appWithToken, openDatabase, idPrefix, importDocument, closeRemoving } from "../support/integration.js";

const P = idPrefix("x");
let db: Database;
let app: App;
let token: string;

/** A random graph with only lone FAILS dependencies, cycles allowed, and systems its suppliers host, support or not. */
function failsOnlyGraph(rng: Rng, g: number): InterchangeInput {
  const org = `${P}g${g}-org`;
  const ids = { svc: [] as string[], sys: [] as string[], ds: [] as string[], sup: [] as string[] };
  const n = rng.int(8, 40);
  for (let i = 0; i < n; i++) {
    const kind = rng.pick(["svc", "sys", "sys", "ds", "sup"] as const);
    ids[kind].push(`${P}g${g}-${kind}${i}`);
  }
  const dependents = [...ids.svc, ...ids.sys, ...ids.ds];
  const providers = [...dependents, ...ids.sup];
  const seen = new Set<string>();
  const dependencies = [];
  for (let e = 0; e < n * 2 && dependents.length && providers.length > 1; e++) {
    const from = rng.pick(dependents);
    const to = rng.pick(providers);
    if (from === to || seen.has(`${from}>${to}`)) continue;
    seen.add(`${from}>${to}`);
    dependencies.push({ from, to });
  }
  return {
    organisations: [{ id: org, name: "Cross-check trust", type: "ACUTE_TRUST" }],
    careServices: ids.svc.map((id) => ({ id, name: id, organisation: org, severity: "MAJOR" as const, patientsPerDay: 10 })),
    systems: ids.sys.map((id) => ({ id, name: id, organisation: org, kind: "APPLICATION" as const, ...hostingOf(rng, ids.sup) })),
    dataStores: ids.ds.map((id) => ({ id, name: id, organisation: org, records: 10, sensitivity: "T2" as const })),
    suppliers: ids.sup.map((id) => ({ id, name: id })),
    dependencies,
  };
}

/** A supplier and hosting for some systems; an explicit edge to the same supplier may also exist. */
function hostingOf(rng: Rng, suppliers: string[]): { supplier?: string; hosting?: Hosting } {
  if (!suppliers.length || rng.chance(0.4)) return {};
  return { supplier: rng.pick(suppliers), ...(rng.chance(0.85) ? { hosting: rng.pick(HOSTINGS) } : {}) };
}

beforeAll(async () => {
  db = await openDatabase();
  ({ app, token } = await appWithToken(db, "ADMIN"));
});
afterAll(() => closeRemoving(db, P));

describe("the engine against Neo4j's own reachability, on FAILS-only graphs with hosting", () => {
  it("finds the same affected set for every asset of 12 random graphs", async () => {
    const rng = createRng(20261122);
    let compared = 0;
    for (let g = 0; g < 12; g++) {
      const doc = failsOnlyGraph(rng, g);
      const imported = await importDocument(app, token, doc);
      expect(imported.errors).toBeUndefined();
      const engine = (await app.analysis.graphs.live()).engine();
      const assets = [...doc.systems!, ...doc.dataStores!, ...doc.suppliers!].map((a) => a.id);
      for (const id of assets) {
        const x = engine.p.indexOf.get(id)!;
        const fromEngine = engine
          .scenario({ lost: [x], compromised: [], hours: 24 }, DEFAULT_PROFILE)
          .affected.map((a) => engine.p.idOf(a.node))
          .filter((n) => n.startsWith(P) && n !== id)
          .sort();
        // A node on a cycle reaches itself; the lost node is in both answers or neither.
        expect(fromEngine, id).toEqual((await dependentsByCypher(db, id)).filter((n) => n !== id).sort());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
