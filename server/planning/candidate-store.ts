import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import { ALL, requireScope } from "../base/scope.js";
import type { Database } from "../graph/database.js";
import { notFound } from "../base/errors.js";
import { organisationsOf, planCandidate, staleReason } from "./candidate-plan.js";
import type { Plan } from "../model-change/plan.js";
import type { Candidate, CandidateInput, CandidateView } from "./candidate-model.js";

export interface PlannedCandidate extends CandidateView {
  /** Its changes planned against the graph as it stands; null when stale. */
  plan: Plan | null;
}

/** Stored with its organisations as strings: "" stands for one that needs scope over all. */
function fromProps(p: Record<string, unknown>): Candidate {
  return {
    id: p.id as string,
    name: p.name as string,
    description: typeof p.description === "string" ? p.description : "",
    changes: JSON.parse(p.changes as string) as unknown[],
    oneOffCost: Number(p.oneOffCost),
    annualCost: Number(p.annualCost),
    organisations: (p.organisations as string[]).map((o) => (o === "" ? null : o)),
    createdBy: p.createdBy as string,
    updatedAt: p.updatedAt as string,
  };
}

async function read(tx: ManagedTransaction, id: string): Promise<Candidate | null> {
  const r = await tx.run("MATCH (c:Candidate {id: $id}) RETURN properties(c) AS c", { id });
  const p = r.records[0]?.get("c") as Record<string, unknown> | undefined;
  return p ? fromProps(p) : null;
}

/** For an edit or a delete: the candidate must exist and lie within the person's scope. */
function mustExist(found: Candidate | null, id: string, actor: Actor, what: string): Candidate {
  if (!found) throw notFound(`No candidate has id '${id}'.`);
  requireScope(actor.scope ?? ALL, found.organisations, `${what} candidate '${found.name}'`);
  return found;
}

/**
 * Saves a candidate, new or edited. Its changes are planned against the graph first, by the
 * model editor's rules and the person's scope: refused changes refuse the candidate, with
 * every problem at its path, and nothing is written. One audit event records before and after.
 */
export async function saveCandidate(db: Database, actor: Actor, input: CandidateInput): Promise<Candidate> {
  const organisations = await db.read(async (tx) => {
    if (input.id) mustExist(await read(tx, input.id), input.id, actor, "change");
    return organisationsOf(tx, await planCandidate(tx, input.changes, actor.scope ?? ALL));
  });
  return db.write(async (tx) => {
    const before = input.id ? mustExist(await read(tx, input.id), input.id, actor, "change") : null;
    const props = {
      id: before?.id ?? `candidate-${randomUUID().slice(0, 8)}`,
      name: input.name,
      description: input.description ?? "",
      changes: JSON.stringify(input.changes),
      oneOffCost: input.oneOffCost,
      annualCost: input.annualCost,
      organisations: organisations.map((o) => o ?? ""),
      createdBy: before?.createdBy ?? actor.name,
    };
    const r = await tx.run("MERGE (c:Candidate {id: $id}) SET c += $props, c.updatedAt = toString(datetime()) RETURN properties(c) AS c", {
      id: props.id,
      props,
    });
    const saved = fromProps(r.records[0]!.get("c") as Record<string, unknown>);
    await appendEvent(tx, actor, {
      action: before ? "candidate.change" : "candidate.create",
      target: saved.id,
      summary: `${before ? "changed" : "added"} candidate '${saved.name}'`,
      before,
      after: saved,
    });
    return saved;
  });
}

export function deleteCandidate(db: Database, actor: Actor, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const before = mustExist(await read(tx, id), id, actor, "delete");
    await tx.run("MATCH (c:Candidate {id: $id}) DELETE c", { id });
    await appendEvent(tx, actor, { action: "candidate.delete", target: id, summary: `deleted candidate '${before.name}'`, before });
    return true;
  });
}

/**
 * Every candidate, each planned again against the graph as it stands: one that no longer plans
 * (it names a node since deleted, or adds one since created) is stale, with the reason.
 */
export function listCandidates(db: Database, ids?: readonly string[] | null): Promise<PlannedCandidate[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (c:Candidate) WHERE $ids IS NULL OR c.id IN $ids RETURN properties(c) AS c ORDER BY c.name, c.id", {
      ids: ids ? [...ids] : null,
    });
    const out: PlannedCandidate[] = [];
    for (const rec of r.records) {
      const c = fromProps(rec.get("c") as Record<string, unknown>);
      try {
        out.push({ ...c, staleReason: null, plan: await planCandidate(tx, c.changes, ALL) });
      } catch (e) {
        out.push({ ...c, staleReason: staleReason(e), plan: null });
      }
    }
    return out;
  });
}
