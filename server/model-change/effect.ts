import type { Analysis } from "../analysis/analysis.js";
import { Engine } from "../engine/engine.js";
import { DEFAULT_PROFILE } from "../engine/profile.js";
import { KIND } from "../engine/projection.js";
import { getNodes } from "../graph/nodes.js";
import type { NodeLabel } from "../model/enums.js";
import { rankAssets, type Ranking } from "../engine/ranking.js";
import { singlePointsOfFailure } from "../engine/spof.js";
import type { Database } from "../graph/database.js";
import { dependencyFromProps, type Props } from "../graph/rows.js";
import type { DependencyDoc } from "../model/document.js";
import type { Severity } from "../model/enums.js";
import { assessRisk } from "../register/assess.js";
import { listRisks } from "../register/risk-store.js";
import type { ChangeSet } from "./change-set.js";
import { projectWithChange } from "./project-change.js";

export const EFFECT_HOURS = 24;
const TOP = 10;
/** SPOF analysis per service is a search of its upstream; a change touching more services is reported on this many. */
const SPOF_SERVICES = 500;

export interface NamedNode {
  id: string;
  name: string;
  label: NodeLabel;
}
export interface RankEntry {
  rank: number;
  asset: NamedNode;
  score: number;
}
export interface SpofChangeModel {
  service: NamedNode;
  added: NamedNode[];
  removed: NamedNode[];
}
export interface RiskMoveModel {
  id: string;
  title: string;
  from: Severity | null;
  to: Severity | null;
}
export interface ChangeEffect {
  hours: number;
  rankingBefore: RankEntry[];
  rankingAfter: RankEntry[];
  spofChanges: SpofChangeModel[];
  /** True when more services were touched than SPOF_SERVICES and only the first were compared. */
  spofTruncated: boolean;
  riskMoves: RiskMoveModel[];
}

/**
 * What a change would do to what matters, computed with the engine on a projection with the
 * change applied in memory: the top of the protect-first ranking (24 h, default profile)
 * before and after, the care services whose single points of failure change, and the risks
 * whose computed consequence would move.
 */
export async function changeEffect(db: Database, analysis: Analysis, changes: ChangeSet, version: number): Promise<ChangeEffect> {
  const before = await analysis.ranking(EFFECT_HOURS, DEFAULT_PROFILE, version);
  const old = before.engine;
  const outgoing = await outgoingAfter(db, changes);
  const next = new Engine(projectWithChange(old.p, changes, outgoing));
  const after = rankAssets(next, EFFECT_HOURS, DEFAULT_PROFILE);

  const touched = new Set<string>();
  for (const n of changes.nodes) touched.add(n.id);
  for (const r of changes.relationships) touched.add(r.from).add(r.to);
  const services = [...new Set([...dependentServices(old, touched), ...dependentServices(next, touched)])].sort();
  const spof: Array<{ service: string; added: string[]; removed: string[] }> = [];
  for (const id of services.slice(0, SPOF_SERVICES)) {
    const was = new Set(spofIds(old, id));
    const now = new Set(spofIds(next, id));
    const added = [...now].filter((x) => !was.has(x));
    const removed = [...was].filter((x) => !now.has(x));
    if (added.length || removed.length) spof.push({ service: id, added, removed });
  }

  const names = await namesOf(db, changes, [
    ...rankedIds(old, before.rows),
    ...rankedIds(next, after),
    ...spof.flatMap((c) => [c.service, ...c.added, ...c.removed]),
  ]);
  const spofChanges = spof.map((c) => ({ service: names(c.service), added: c.added.map(names), removed: c.removed.map(names) }));

  const riskMoves: ChangeEffect["riskMoves"] = [];
  for (const risk of await listRisks(db)) {
    const from = assessRisk(old, risk).computedConsequence;
    const to = assessRisk(next, risk).computedConsequence;
    if (from !== to) riskMoves.push({ id: risk.id, title: risk.title, from, to });
  }
  return { hours: EFFECT_HOURS, rankingBefore: top(old, before.rows, names), rankingAfter: top(next, after, names), spofChanges, spofTruncated: services.length > SPOF_SERVICES, riskMoves };
}

function rankedIds(engine: Engine, rows: Ranking): string[] {
  return Array.from({ length: Math.min(TOP, rows.length) }, (_, k) => engine.p.ids[rows.node[k]!]!);
}

function top(engine: Engine, rows: Ranking, names: (id: string) => NamedNode): RankEntry[] {
  return rankedIds(engine, rows).map((id, k) => ({ rank: k + 1, asset: names(id), score: rows.score[k]! }));
}

/** Names and labels of `ids`, as the change would leave them (a removed node keeps its last name). */
async function namesOf(db: Database, changes: ChangeSet, ids: readonly string[]): Promise<(id: string) => NamedNode> {
  const out = new Map<string, NamedNode>();
  for (const n of changes.nodes) out.set(n.id, { id: n.id, name: (n.after ?? n.before)!.name, label: n.label });
  const missing = [...new Set(ids)].filter((id) => !out.has(id));
  const found = await getNodes(db, missing);
  for (const [id, n] of found) out.set(id, { id, name: String(n.props.name), label: n.label });
  return (id) => out.get(id) ?? { id, name: id, label: "System" };
}

function spofIds(engine: Engine, service: string): string[] {
  const s = engine.p.indexOf.get(service);
  if (s === undefined || engine.p.kind[s] !== KIND.CareService) return [];
  return singlePointsOfFailure(engine, s).map((x) => engine.p.ids[x]!);
}

/** The care services that depend, directly or not, on any of `ids` (or are one of them). */
function dependentServices(engine: Engine, ids: ReadonlySet<string>): string[] {
  const p = engine.p;
  const seen = new Uint8Array(p.n);
  const stack: number[] = [];
  for (const id of ids) {
    const i = p.indexOf.get(id);
    if (i !== undefined && !seen[i]) {
      seen[i] = 1;
      stack.push(i);
    }
  }
  const out: string[] = [];
  while (stack.length) {
    const i = stack.pop()!;
    if (p.kind[i] === KIND.CareService) out.push(p.ids[i]!);
    for (let k = p.dependentStart[i]!; k < p.dependentStart[i + 1]!; k++) {
      const d = p.dependent[k]!;
      if (!seen[d]) {
        seen[d] = 1;
        stack.push(d);
      }
    }
  }
  return out;
}

/** The whole dependency list, after the change, of every node whose dependencies change. */
async function outgoingAfter(db: Database, changes: ChangeSet): Promise<Map<string, DependencyDoc[]>> {
  const deps = changes.relationships.filter((r) => r.type === "DEPENDS_ON");
  const froms = [...new Set(deps.map((r) => r.from))];
  const lists = new Map<string, Map<string, DependencyDoc>>(froms.map((f) => [f, new Map()]));
  await db.read(async (tx) => {
    const r = await tx.run("UNWIND $ids AS id MATCH (a:Node {id: id})-[r:DEPENDS_ON]->(b:Node) RETURN a.id AS from, b.id AS to, properties(r) AS p", { ids: froms });
    for (const rec of r.records) {
      const d = dependencyFromProps(rec.get("from") as string, rec.get("to") as string, rec.get("p") as Props);
      lists.get(d.from)!.set(d.to, d);
    }
  });
  for (const r of deps) {
    const list = lists.get(r.from)!;
    if (r.after === null) list.delete(r.to);
    else list.set(r.to, { from: r.from, to: r.to, ...(r.after as Omit<DependencyDoc, "from" | "to">) });
  }
  return new Map([...lists].map(([k, v]) => [k, [...v.values()]]));
}

/** The effect as the API resolves it. */
export type ChangeEffectModel = ChangeEffect;
