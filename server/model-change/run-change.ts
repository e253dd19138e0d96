import type { AnalysisService } from "../analysis/analysis.js";
import type { Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { checkThenWrite } from "./graph-moved.js";
import { applyPlan } from "./apply.js";
import type { ChangeSet } from "./change-set.js";
import { changeEffect, type ChangeEffect } from "./effect.js";
import { planChange } from "./plan.js";
import { checkPlanScope } from "./plan-scope.js";
import { ALL } from "../base/scope.js";
import type { ChangeRequest } from "./request.js";

export interface ChangeOutcome {
  applied: boolean;
  /** The graph version after the change (the version previewed against, for a preview). */
  graphVersion: number;
  /** The audit event's sequence number; null for a preview or a change that changes nothing. */
  auditSeq: number | null;
  changes: ChangeSet;
  /** Computed on demand: only a preview asks for it. */
  effect: () => Promise<ChangeEffect>;
}

/**
 * Runs a change request. It is planned (checked against the graph and compared with it) in a
 * read transaction, outside any write; a preview stops there and writes nothing. An apply then
 * writes the plan in one write transaction that checks the graph has not moved since, planning
 * again if it has. A change that changes nothing writes nothing and records nothing.
 */
export async function runChange(
  db: Database,
  analysis: AnalysisService,
  req: ChangeRequest,
  actor: Actor,
  preview: boolean,
): Promise<ChangeOutcome> {
  // The scope is checked on the plan, so a preview, an import and a sync are refused alike.
  const plan = () =>
    db.read(async (tx) => {
      const planned = await planChange(tx, req);
      await checkPlanScope(tx, req, planned, actor.scope ?? ALL);
      return planned;
    });
  if (preview) {
    const planned = await plan();
    let effect: Promise<ChangeEffect> | null = null;
    return {
      applied: false,
      graphVersion: planned.version,
      auditSeq: null,
      changes: planned.changes,
      effect: () => (effect ??= changeEffect(db, analysis, planned)),
    };
  }
  const done = await checkThenWrite(plan, async (planned) => {
    if (!planned.changes.nodes.length && !planned.changes.relationships.length) return { planned, version: planned.version, seq: null };
    const r = await db.write((tx) => applyPlan(tx, planned, actor, req.source));
    return { planned, version: r.version, seq: r.seq };
  });
  return {
    applied: true,
    graphVersion: done.version,
    auditSeq: done.seq,
    changes: done.planned.changes,
    effect: () => Promise.reject(new Error("the effect is reported by a preview")),
  };
}
