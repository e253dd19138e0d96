import type { ManagedTransaction } from "neo4j-driver";
import { GraphQLError } from "graphql";
import type { Scope } from "../base/scope.js";
import { nodeOwners } from "../graph/node-organisations.js";
import { removedEntries } from "../model-change/change-set.js";
import { editRequest } from "../model-change/edit-request.js";
import { planChange, type Plan } from "../model-change/plan.js";
import { checkPlanScope } from "../model-change/plan-scope.js";
import type { CandidatePatch } from "../analysis/investment-harm.js";

/**
 * A candidate's changes planned against the graph as it stands, exactly as the model editor
 * would plan them (the same rules, the same scope check), inside the caller's read transaction.
 * Nothing is written: a candidate changes the live model only when someone applies it.
 */
export async function planCandidate(tx: ManagedTransaction, changes: readonly unknown[], scope: Scope): Promise<Plan> {
  const req = editRequest(changes, false);
  const plan = await planChange(tx, req);
  await checkPlanScope(tx, req, plan, scope);
  return plan;
}

/** The organisations whose part of the graph a plan writes: null for what needs scope over all (suppliers, organisations). */
export async function organisationsOf(tx: ManagedTransaction, plan: Plan): Promise<Array<string | null>> {
  const out = new Set<string | null>();
  const orgOf = (e: unknown): string | null => {
    const o = (e as { organisation?: unknown } | null)?.organisation;
    return typeof o === "string" ? o : null;
  };
  const inChange = new Map<string, string | null>();
  for (const n of plan.changes.nodes) {
    if (n.label === "Organisation" || n.label === "Supplier") out.add(null);
    else for (const e of [n.before, n.after]) if (e) out.add(orgOf(e));
    inChange.set(n.id, orgOf(n.after ?? n.before));
  }
  const stored = await nodeOwners(
    tx,
    plan.changes.relationships.map((r) => r.from).filter((id) => !inChange.has(id)),
  );
  for (const r of plan.changes.relationships)
    out.add(inChange.has(r.from) ? inChange.get(r.from)! : (stored.get(r.from)?.organisation ?? null));
  return [...out];
}

/** What the engine replays for a planned candidate, and every id it touches (a system's supplier, before and after, too). */
export function patchOf(id: string, plan: Plan): CandidatePatch {
  const touched = new Set<string>();
  for (const n of plan.changes.nodes) {
    touched.add(n.id);
    for (const e of [n.before, n.after]) {
      const supplier = (e as { supplier?: unknown } | null)?.supplier;
      if (typeof supplier === "string") touched.add(supplier);
    }
  }
  for (const r of plan.changes.relationships) touched.add(r.from).add(r.to);
  return { id, write: plan.write, removed: removedEntries(plan.changes), touched: [...touched] };
}

/** Why a candidate no longer plans against the graph: the refusal's problems in words. */
export function staleReason(e: unknown): string {
  if (!(e instanceof GraphQLError)) throw e;
  const problems = (e.extensions.problems as Array<{ path: string; message: string }> | undefined) ?? [];
  return problems.length ? problems.map((p) => `${p.path}: ${p.message}`).join("; ") : e.message;
}
