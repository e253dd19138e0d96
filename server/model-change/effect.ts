import type { AnalysisService } from "../analysis/analysis.js";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import type { Database } from "../graph/database.js";
import { exportGraph } from "../graph/export-graph.js";
import { GraphReplay } from "../history/replay.js";
import type { InterchangeDocument } from "../model/document.js";
import { NODE_LISTS } from "../model/document-rules.js";
import type { NodeLabel, Severity } from "../model/enums.js";
import { listRisks } from "../register/risk-store.js";
import { removedEntries, type ChangeSet } from "./change-set.js";
import type { Plan } from "./plan.js";

const EFFECT_HOURS = 24;
const TOP = 10;
/** Single points of failure are a search per service; a change reaching more services is reported on this many. */
const SPOF_SERVICES = 500;

interface NamedNode {
  id: string;
  name: string;
  label: NodeLabel;
  organisationName?: string | null;
}
interface RankEntry {
  rank: number;
  asset: NamedNode;
  score: number;
}
export interface ChangeEffect {
  hours: number;
  rankingBefore: RankEntry[];
  rankingAfter: RankEntry[];
  spofChanges: Array<{ service: NamedNode; added: NamedNode[]; removed: NamedNode[] }>;
  /** True when more services were reached than SPOF_SERVICES and only the first were compared. */
  spofTruncated: boolean;
  riskMoves: Array<{ id: string; title: string; organisation: string | null; from: Severity | null; to: Severity | null }>;
}

/**
 * What a change would do to what matters, worked out by the analysis service on two graphs:
 * the live one, and the same with the change applied (which is not in Neo4j: its projection is
 * built from the graph's document with the change replayed over it, as a past graph is built
 * from the audit trail). The top of the protect-first ranking (24 h, default profile) before
 * and after, the care services whose single points of failure change, and the risks whose
 * computed consequence would move.
 */
export async function changeEffect(db: Database, analysis: AnalysisService, plan: Plan): Promise<ChangeEffect> {
  const changes = plan.changes;
  const [before, current] = await Promise.all([analysis.graphs.live(plan.version), exportGraph(db)]);
  const replay = new GraphReplay();
  replay.apply(current, "REPLACE");
  replay.remove(removedEntries(changes));
  replay.apply(plan.write, "MERGE");
  const after = analysis.graphs.proposed(replay.document());
  const names = nameBook(current, changes);

  const touched = new Set<string>();
  for (const n of changes.nodes) touched.add(n.id);
  for (const r of changes.relationships) touched.add(r.from).add(r.to);
  const reached = await Promise.all([before, after].map((g) => analysis.servicesReaching(g, [...touched])));
  const services = [...new Set(reached.flat())].sort();
  const compared = services.slice(0, SPOF_SERVICES);
  const [was, now] = await Promise.all([before, after].map((g) => analysis.singlePointsOfEach(g, compared)));
  const spofChanges: ChangeEffect["spofChanges"] = [];
  for (const id of compared) {
    const w = new Set(was!.get(id));
    const n = new Set(now!.get(id));
    const added = [...n].filter((x) => !w.has(x));
    const removed = [...w].filter((x) => !n.has(x));
    if (added.length || removed.length) spofChanges.push({ service: names(id), added: added.map(names), removed: removed.map(names) });
  }

  const risks = await listRisks(db);
  const [from, to] = await Promise.all([analysis.assess(before, risks), analysis.assess(after, risks)]);
  const riskMoves = risks.flatMap((risk, k) => {
    const a = from[k]!.computedConsequence;
    const b = to[k]!.computedConsequence;
    return a === b ? [] : [{ id: risk.id, title: risk.title, organisation: risk.organisation ?? null, from: a, to: b }];
  });
  return {
    hours: EFFECT_HOURS,
    rankingBefore: await top(analysis, before, names),
    rankingAfter: await top(analysis, after, names),
    spofChanges,
    spofTruncated: services.length > SPOF_SERVICES,
    riskMoves,
  };
}

async function top(analysis: AnalysisService, g: GraphSnapshot, names: (id: string) => NamedNode): Promise<RankEntry[]> {
  const view = await analysis.ranking(g, EFFECT_HOURS, DEFAULT_PROFILE);
  return view.page({ start: 0, first: TOP }).rows.map((r) => ({ rank: r.rank, asset: names(r.asset), score: r.score }));
}

/** Names and labels of nodes as the change would leave them (a removed node keeps its last name). */
function nameBook(current: InterchangeDocument, changes: ChangeSet): (id: string) => NamedNode {
  const out = new Map<string, NamedNode>();
  const orgs = new Map(current.organisations.map((o) => [o.id, o.name]));
  for (const n of changes.nodes) if (n.label === "Organisation" && n.after) orgs.set(n.id, n.after.name);
  const orgOf = (e: { organisation?: unknown }) =>
    typeof e.organisation === "string" ? (orgs.get(e.organisation) ?? e.organisation) : null;
  for (const [list, label] of NODE_LISTS)
    for (const e of current[list] as Array<{ id: string; name: string; organisation?: unknown }>)
      out.set(e.id, { id: e.id, name: e.name, label, organisationName: orgOf(e) });
  for (const n of changes.nodes) {
    const v = (n.after ?? n.before)! as { name: string; organisation?: unknown };
    out.set(n.id, { id: n.id, name: v.name, label: n.label, organisationName: orgOf(v) });
  }
  return (id) => out.get(id) ?? { id, name: id, label: "System" };
}

/** The effect as the API resolves it. */
export type ChangeEffectModel = ChangeEffect;
