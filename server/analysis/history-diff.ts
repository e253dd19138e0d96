import type { AuditEvent } from "../audit/audit-log.js";
import { listEvents } from "../audit/store.js";
import type { AnalysisService } from "./analysis.js";
import type { GraphSnapshot } from "./snapshot.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import type { Database } from "../graph/database.js";
import type { InterchangeDocument } from "../model/document.js";
import { risksAsOf } from "../history/as-of.js";

export interface HistoryDiffModel {
  from: Date;
  to: Date;
  before: GraphSnapshot;
  after: GraphSnapshot;
  events: AuditEvent[];
  riskChanges: Array<{
    id: string;
    title: string;
    organisation: string | null;
    fromRating: number | null;
    toRating: number | null;
    fromResidualRating: number | null;
    toResidualRating: number | null;
  }>;
}

/** Both ends of a comparison, rebuilt from the trail, with the register rated on each end's graph. */
export async function historyDiff(db: Database, analysis: AnalysisService, from: Date, to: Date): Promise<HistoryDiffModel> {
  const [before, after] = [await analysis.graphs.asOf(from), await analysis.graphs.asOf(to)];
  const events: AuditEvent[] = [];
  for (let afterSeq = 0; ;) {
    const page = await listEvents(db, { since: from.toISOString(), until: to.toISOString(), afterSeq, limit: 1000 });
    events.push(...page);
    if (page.length < 1000) break;
    afterSeq = page.at(-1)!.seq;
  }
  const rate = async (g: GraphSnapshot, at: Date) => {
    const risks = await risksAsOf(db, at);
    const assessed = await analysis.assess(g, risks);
    return new Map(risks.map((r, k) => [r.id, { title: r.title, organisation: r.organisation ?? null, a: assessed[k]! }] as const));
  };
  const [was, now] = [await rate(before, from), await rate(after, to)];
  const riskChanges = [...new Set([...was.keys(), ...now.keys()])].flatMap((id) => {
    const w = was.get(id);
    const n = now.get(id);
    const same = w && n && w.a.inherentRating === n.a.inherentRating && w.a.residualRating === n.a.residualRating;
    if (same) return [];
    return [
      {
        id,
        title: (n ?? w)!.title,
        organisation: (n ?? w)!.organisation,
        fromRating: w?.a.inherentRating ?? null,
        toRating: n?.a.inherentRating ?? null,
        fromResidualRating: w?.a.residualRating ?? null,
        toResidualRating: n?.a.residualRating ?? null,
      },
    ];
  });
  return { from, to, before, after, events, riskChanges };
}

type Keyed = { id: string } | { from: string; to: string };
const keyOf = (e: Keyed): string => ("id" in e ? e.id : `${e.from}\u0000${e.to}`);

/** Entries added, removed and changed between two lists keyed by id (or by ends). */
export function compareEntries(
  before: readonly Keyed[],
  after: readonly Keyed[],
): { added: string[]; removed: string[]; changed: string[] } {
  const b = new Map(before.map((e) => [keyOf(e), JSON.stringify(e)]));
  const a = new Map(after.map((e) => [keyOf(e), JSON.stringify(e)]));
  return {
    added: [...a.keys()].filter((k) => !b.has(k)),
    removed: [...b.keys()].filter((k) => !a.has(k)),
    changed: [...a.keys()].filter((k) => b.has(k) && b.get(k) !== a.get(k)),
  };
}

export function allNodes(doc: InterchangeDocument): Array<{ id: string }> {
  return [...doc.organisations, ...doc.careServices, ...doc.systems, ...doc.dataStores, ...doc.suppliers];
}

/** Ranks at 24 h on each end; the assets in the top `first` of either whose rank moved, biggest moves first. */
export async function rankMoves(analysis: AnalysisService, m: HistoryDiffModel, first: number) {
  const [was, now] = [
    (await analysis.ranking(m.before, 24, DEFAULT_PROFILE)).positions(),
    (await analysis.ranking(m.after, 24, DEFAULT_PROFILE)).positions(),
  ];
  const candidates = new Set(
    [...was]
      .filter(([, v]) => v.rank <= first)
      .map(([k]) => k)
      .concat([...now].filter(([, v]) => v.rank <= first).map(([k]) => k)),
  );
  return [...candidates]
    .map((asset) => {
      const w = was.get(asset);
      const n = now.get(asset);
      const node = m.after.pastNodes?.get(asset) ?? m.before.pastNodes?.get(asset);
      const orgId = typeof node?.props.organisation === "string" ? node.props.organisation : null;
      const org = orgId ? (m.after.pastNodes?.get(orgId) ?? m.before.pastNodes?.get(orgId)) : undefined;
      return {
        asset,
        name: String(node?.props.name ?? asset),
        organisationName: orgId ? String(org?.props.name ?? orgId) : null,
        fromRank: w?.rank ?? null,
        toRank: n?.rank ?? null,
        fromScore: w?.score ?? null,
        toScore: n?.score ?? null,
      };
    })
    .filter((r) => r.fromRank !== r.toRank)
    .sort(
      (x, y) =>
        Math.abs((y.toRank ?? 1e9) - (y.fromRank ?? 1e9)) - Math.abs((x.toRank ?? 1e9) - (x.fromRank ?? 1e9)) ||
        (x.asset < y.asset ? -1 : 1),
    );
}
