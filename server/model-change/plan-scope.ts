import type { ManagedTransaction } from "neo4j-driver";
import { checkClaims, type ScopeClaim } from "../auth/scope-claims.js";
import type { Scope } from "../base/scope.js";
import { nodeOwners } from "../graph/node-organisations.js";
import type { Problem } from "../model/problems.js";
import { endsOf, relKey, type NodeEntry, type RelType } from "./change-set.js";
import type { Plan } from "./plan.js";
import { locate, LIST_KEYS, type ChangeRequest, type Origin } from "./request.js";

const LABEL_WORD = {
  Organisation: "organisation",
  Supplier: "supplier",
  CareService: "care service",
  System: "system",
  DataStore: "data store",
} as const;
const REL_LISTS = [
  ["dependencies", "DEPENDS_ON"],
  ["accesses", "ACCESSES"],
  ["administers", "ADMINISTERS"],
] as const;

const orgOf = (e: NodeEntry | null): string | null =>
  e && "organisation" in e && typeof e.organisation === "string" ? e.organisation : null;

/** Where each upserted or removed entry came from, by node id or relationship key. */
function originsOf(req: ChangeRequest): Map<string, Origin> {
  const out = new Map<string, Origin>();
  for (const list of LIST_KEYS) {
    req.upserts[list].forEach((e, i) => {
      const origin = req.origins.get(`${list}[${i}]`);
      const rel = REL_LISTS.find(([l]) => l === list);
      const key = rel ? relKey(rel[1], ...ends(rel[1], e)) : String((e as { id?: unknown }).id);
      if (origin) out.set(key, origin);
    });
  }
  for (const r of req.removeNodes) out.set(r.id, r.origin);
  for (const r of req.removeRelationships) out.set(relKey(r.type, r.from, r.to), r.origin);
  return out;
}
function ends(type: RelType, e: unknown): [string, string] {
  const { from, to } = endsOf(type, e as Parameters<typeof endsOf>[1]);
  return [from, to];
}

/**
 * Refuses a planned change (an edit, an import, a sync, a preview alike) when any row is out of
 * the writer's scope: a node needs scope over its organisation, before and after; a relationship
 * over its source's; suppliers and organisations need scope over all.
 */
export async function checkPlanScope(tx: ManagedTransaction, req: ChangeRequest, plan: Plan, scope: Scope): Promise<void> {
  if (scope === "ALL") return;
  const origins = originsOf(req);
  const problemAt =
    (key: string) =>
    (message: string): Problem =>
      locate(origins.get(key) ?? { path: "$" }, undefined, message);
  const claims: ScopeClaim[] = [];
  if (plan.sync)
    claims.push({ organisation: plan.sync.organisation, what: `the sync of '${plan.sync.organisation}'`, problem: problemAt("") });
  const inChange = new Map<string, string | null>();
  for (const n of plan.changes.nodes) {
    const what = `${LABEL_WORD[n.label]} '${n.id}'`;
    const owned = n.label !== "Organisation" && n.label !== "Supplier";
    const orgs = owned ? new Set([orgOf(n.before), orgOf(n.after)].filter((o) => o !== null)) : new Set([null]);
    for (const organisation of orgs) claims.push({ organisation, what, problem: problemAt(n.id) });
    inChange.set(n.id, orgOf(n.after ?? n.before));
  }
  const sources = plan.changes.relationships.map((r) => r.from).filter((id) => !inChange.has(id));
  const stored = await nodeOwners(tx, sources);
  for (const r of plan.changes.relationships) {
    const organisation = inChange.has(r.from) ? inChange.get(r.from)! : (stored.get(r.from)?.organisation ?? null);
    claims.push({ organisation, what: `${r.from} -[${r.type}]-> ${r.to}`, problem: problemAt(relKey(r.type, r.from, r.to)) });
  }
  checkClaims(scope, claims);
}
