import { checkClaims, type ScopeClaim } from "../auth/scope-claims.js";
import type { Scope } from "../base/scope.js";
import type { Database } from "../graph/database.js";
import { nodeOwners } from "../graph/node-organisations.js";
import type { InterchangeDocument } from "../model/document.js";

const OWNED = ["careServices", "systems", "dataStores"] as const;
const at = (path: string) => (message: string) => ({ path, message });

/**
 * The scope rule for a whole interchange document: a REPLACE swaps the whole graph, so only
 * people scoped to all may make one; a MERGE is checked row by row as a model change is (a node
 * by its organisation, before and after; a relationship by its source's; suppliers and
 * organisations need all), before anything is written.
 */
export async function checkDocumentScope(db: Database, doc: InterchangeDocument, mode: "MERGE" | "REPLACE", scope: Scope): Promise<void> {
  if (scope === "ALL") return;
  if (mode === "REPLACE") return checkClaims(scope, [{ organisation: null, what: "a REPLACE of the whole graph", problem: at("$") }]);
  const claims: ScopeClaim[] = [];
  doc.organisations.forEach((o, i) =>
    claims.push({ organisation: null, what: `organisation '${o.id}'`, problem: at(`$.organisations[${i}]`) }),
  );
  doc.suppliers.forEach((s, i) => claims.push({ organisation: null, what: `supplier '${s.id}'`, problem: at(`$.suppliers[${i}]`) }));
  const inDoc = new Map<string, string>();
  for (const list of OWNED) for (const e of doc[list]) inDoc.set(e.id, e.organisation);
  const rels = [
    ...doc.dependencies.map((d, i) => ({ from: d.from, to: d.to, path: `$.dependencies[${i}]` })),
    ...doc.accesses.map((a, i) => ({ from: a.system, to: a.dataStore, path: `$.accesses[${i}]` })),
    ...doc.administers.map((a, i) => ({ from: a.from, to: a.to, path: `$.administers[${i}]` })),
  ];
  const stored = await db.read((tx) => nodeOwners(tx, [...inDoc.keys(), ...rels.map((r) => r.from)]));
  for (const list of OWNED) {
    doc[list].forEach((e, i) => {
      const what = `'${e.id}'`;
      claims.push({ organisation: e.organisation, what, problem: at(`$.${list}[${i}].organisation`) });
      const before = stored.get(e.id)?.organisation;
      if (before && before !== e.organisation) claims.push({ organisation: before, what, problem: at(`$.${list}[${i}].organisation`) });
    });
  }
  for (const r of rels) {
    const organisation = inDoc.get(r.from) ?? stored.get(r.from)?.organisation ?? null;
    claims.push({ organisation, what: `${r.from} -> ${r.to}`, problem: at(r.path) });
  }
  checkClaims(scope, claims);
}
