import type { AuditEvent } from "../audit/audit-log.js";
import { listEvents } from "../audit/store.js";
import { readKeptDocument, TamperedDocument, type KeptDocument } from "../audit/kept-documents.js";
import type { Database } from "../graph/database.js";
import type { InterchangeDocument } from "../model/document.js";
import type { Risk } from "../model/risk-model.js";
import { ACCEPTANCE_ACTIONS } from "../model/acceptance-model.js";
import { GraphReplay, type RemovedEntries } from "./replay.js";
import { badInput, trailTampered } from "../base/errors.js";

const PAGE = 500;

/** Every event up to `at` with one of `actions`, oldest first. */
async function eventsUntil(db: Database, at: Date, actions: readonly string[]): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (const action of actions) {
    for (let afterSeq = 0; ;) {
      const page = await listEvents(db, { action, until: at.toISOString(), afterSeq, limit: PAGE });
      out.push(...page);
      if (page.length < PAGE) break;
      afterSeq = page.at(-1)!.seq;
    }
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** What a graph event records: an import names its kept document, a model change holds its own. */
interface GraphEventAfter {
  mode: "MERGE" | "REPLACE" | "CHANGE";
  keptDocument?: KeptDocument;
  document?: InterchangeDocument;
  removed?: RemovedEntries;
}

export interface GraphAsOf {
  document: InterchangeDocument;
  /** The last graph change included. */
  seq: number;
}

/** A kept document, or an answer that the trail was tampered with, naming the event. */
async function documentOf(db: Database, e: AuditEvent, after: GraphEventAfter): Promise<InterchangeDocument | undefined> {
  try {
    return after.keptDocument ? await readKeptDocument(db, after.keptDocument) : after.document;
  } catch (err) {
    if (err instanceof TamperedDocument) throw trailTampered(`Event ${e.seq}: ${err.message}`);
    throw err;
  }
}

/**
 * The graph as it stood at `at`, rebuilt from the imports, changes and baselines in the audit
 * trail. A generated estate is recorded by scale and seed, not by content, so the history starts
 * after the next REPLACE or baseline; asking about a time before that is refused rather than
 * answered wrongly.
 */
export async function graphAsOf(db: Database, at: Date): Promise<GraphAsOf> {
  const events = await eventsUntil(db, at, ["graph.import", "graph.change", "graph.generate", "audit.baseline"]);
  const afters = events.map((e) => JSON.parse(e.after ?? "{}") as GraphEventAfter);
  const lastGenerate = events.map((e) => e.action).lastIndexOf("graph.generate");
  const restart = afters.findLastIndex((a) => a.mode === "REPLACE");
  if (lastGenerate > restart) {
    throw badInput(
      `The graph at ${at.toISOString()} included a generated estate, whose history is not kept node by node; ask about a time after the next import that replaced it.`,
    );
  }
  const replay = new GraphReplay();
  for (let k = Math.max(restart, 0); k < events.length; k++) {
    const after = afters[k]!;
    if (after.removed) replay.remove(after.removed);
    const document = await documentOf(db, events[k]!, after);
    if (document) replay.apply(document, after.mode === "REPLACE" ? "REPLACE" : "MERGE");
  }
  return { document: replay.document(), seq: events.at(-1)?.seq ?? 0 };
}

/** The register as it stood at `at`: each risk's last recorded state then, deleted ones left out; a baseline restarts it. */
export async function risksAsOf(db: Database, at: Date): Promise<Risk[]> {
  const actions = [
    "risk.create",
    "risk.update",
    "risk.review",
    "risk.override",
    "risk.override-cleared",
    "risk.rating-moved",
    "risk.delete",
    "audit.baseline",
    ...ACCEPTANCE_ACTIONS,
  ];
  const latest = new Map<string, Risk | null>();
  for (const e of await eventsUntil(db, at, actions)) {
    if (e.action === "audit.baseline") {
      latest.clear();
      for (const r of (JSON.parse(e.after ?? "{}") as { risks?: Risk[] }).risks ?? []) latest.set(r.id, r);
    } else if (e.target) latest.set(e.target, e.after ? (JSON.parse(e.after) as Risk) : null);
  }
  return [...latest.values()].filter((r): r is Risk => r !== null);
}
