import type { Analysis } from "../analysis/analysis.js";
import type { Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { applyPlan } from "./apply.js";
import type { ChangeSet } from "./change-set.js";
import { changeEffect, type ChangeEffect } from "./effect.js";
import { planChange } from "./plan.js";
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
 * Runs a change request: a preview plans it in a read transaction and writes nothing; an
 * apply plans and writes it in one write transaction, so what is checked is what is written.
 * A change that changes nothing writes nothing and records nothing.
 */
export async function runChange(db: Database, analysis: Analysis, req: ChangeRequest, actor: Actor, preview: boolean): Promise<ChangeOutcome> {
  if (preview) {
    const plan = await db.read((tx) => planChange(tx, req));
    let effect: Promise<ChangeEffect> | null = null;
    return {
      applied: false,
      graphVersion: plan.version,
      auditSeq: null,
      changes: plan.changes,
      effect: () => (effect ??= changeEffect(db, analysis, plan.changes, plan.version)),
    };
  }
  const done = await db.write(async (tx) => {
    const plan = await planChange(tx, req);
    if (!plan.changes.nodes.length && !plan.changes.relationships.length) return { plan, version: plan.version, seq: null };
    const r = await applyPlan(tx, plan, actor, req.source);
    return { plan, version: r.version, seq: r.seq };
  });
  return {
    applied: true,
    graphVersion: done.version,
    auditSeq: done.seq,
    changes: done.plan.changes,
    effect: () => Promise.reject(new Error("the effect is reported by a preview")),
  };
}
