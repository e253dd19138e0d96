import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { appendEvent, appendEvents, type Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { notFound } from "../base/errors.js";
import type { Risk, RiskInput } from "../model/risk-model.js";
import { riskFromProps, toProps } from "../model/risk-props.js";

async function read(tx: ManagedTransaction, id: string): Promise<Risk | null> {
  const r = await tx.run("MATCH (k:Risk {id: $id}) RETURN properties(k) AS p", { id });
  const rec = r.records[0];
  return rec ? riskFromProps(rec.get("p") as Record<string, unknown>) : null;
}

/**
 * Takes the register's write lock for the rest of the transaction, before the risk is read:
 * two changes to one risk then run one after the other, and the second reads what the first
 * wrote instead of overwriting it (every audited write queues on the chain's head anyway).
 */
async function lockRegister(tx: ManagedTransaction): Promise<void> {
  await tx.run("MERGE (m:Meta {key: 'register'}) ON CREATE SET m.writes = 0 SET m.writes = m.writes + 1");
}

export function getRisk(db: Database, id: string): Promise<Risk | null> {
  return db.read((tx) => read(tx, id));
}

export function listRisks(db: Database): Promise<Risk[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (k:Risk) RETURN properties(k) AS p ORDER BY k.createdAt, k.id");
    // Reads do not lock: a risk deleted while this one runs comes back without properties.
    return r.records
      .map((rec) => rec.get("p") as Record<string, unknown>)
      .filter((p) => typeof p.id === "string")
      .map(riskFromProps);
  });
}

/**
 * Every change to a risk: lock the register, read the risk, change it, write it back and
 * append the audit event with before and after, all in one transaction. A risk that is gone
 * is NOT_FOUND, or, with `ifPresent`, no change at all. A change that returns the risk it was
 * given unchanged writes nothing and records nothing.
 */
export function changeRisk(
  db: Database,
  actor: Actor,
  id: string | null,
  action: string,
  change: (before: Risk | null, now: string) => Risk | null | Promise<Risk | null>,
  options: { ifPresent?: boolean; summary?: (after: Risk | null) => string } = {},
): Promise<Risk | null> {
  return db.write(async (tx) => {
    await lockRegister(tx);
    const before = id ? await read(tx, id) : null;
    if (id && !before) {
      if (options.ifPresent) return null;
      throw notFound(`No risk has id '${id}'.`);
    }
    const now = ((await tx.run("RETURN toString(datetime()) AS now")).records[0]?.get("now") as string) ?? new Date().toISOString();
    const after = await change(before, now);
    if (before && after === before) return before;
    if (after) await tx.run("MERGE (k:Risk {id: $id}) SET k = $props", { id: after.id, props: toProps(after) });
    else if (before) await tx.run("MATCH (k:Risk {id: $id}) DELETE k", { id: before.id });
    const subject = after ?? before;
    await appendEvent(tx, actor, {
      action,
      target: subject?.id ?? null,
      summary: options.summary?.(after) ?? `${action.replace("risk.", "")}: ${subject?.title ?? ""}`,
      before,
      after,
    });
    return after;
  });
}

/** At most this many risks a transaction in changeRisks: a national register's lapses stay a few bounded writes. */
export const RISK_BATCH = 250;

/**
 * One change to many risks by the product itself (lapses, ratings the graph moved): in batches
 * of RISK_BATCH, each one transaction that locks the register, reads its risks as they stand,
 * changes them together, writes back those that changed and appends their audit events, one
 * each, chained in order. Risks gone since are skipped; a risk returned unchanged records
 * nothing. Answers the risks changed.
 */
export async function changeRisks(
  db: Database,
  actor: Actor,
  ids: readonly string[],
  action: string,
  change: (before: Risk[], now: string) => Risk[] | Promise<Risk[]>,
  summary: (after: Risk) => string,
): Promise<Risk[]> {
  const changed: Risk[] = [];
  for (let at = 0; at < ids.length; at += RISK_BATCH) {
    const batch = ids.slice(at, at + RISK_BATCH);
    changed.push(
      ...(await db.write(async (tx) => {
        await lockRegister(tx);
        const r = await tx.run("UNWIND $ids AS id MATCH (k:Risk {id: id}) RETURN properties(k) AS p", { ids: batch });
        const before = r.records.map((rec) => riskFromProps(rec.get("p") as Record<string, unknown>));
        const now = ((await tx.run("RETURN toString(datetime()) AS now")).records[0]?.get("now") as string) ?? new Date().toISOString();
        const after = await change(before, now);
        const moved = after.flatMap((a, k) => (a === before[k] ? [] : [{ before: before[k]!, after: a }]));
        if (!moved.length) return [];
        await tx.run("UNWIND $rows AS row MATCH (k:Risk {id: row.id}) SET k = row.props", {
          rows: moved.map((m) => ({ id: m.after.id, props: toProps(m.after) })),
        });
        await appendEvents(
          tx,
          actor,
          moved.map((m) => ({ action, target: m.after.id, summary: summary(m.after), before: m.before, after: m.after })),
        );
        return moved.map((m) => m.after);
      })),
    );
  }
  return changed;
}

export function newRisk(input: RiskInput, now: string): Risk {
  return {
    ...input,
    id: `risk-${randomUUID().slice(0, 8)}`,
    reviews: [],
    override: null,
    moves: [],
    acceptances: [],
    createdAt: now,
    updatedAt: now,
    assessedVersion: 0,
    assessedRating: 0,
    assessedConsequence: "",
  };
}
