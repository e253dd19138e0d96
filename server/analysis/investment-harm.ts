import { Engine } from "../engine/engine.js";
import { projectDocument } from "../engine/from-document.js";
import type { CandidateSet } from "../engine/investment.js";
import { DocumentIndex, ReachGraph } from "../engine/investment-reach.js";
import { ProjectionPart } from "../engine/projection-part.js";
import { peopleCounts } from "../engine/people.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets } from "../engine/ranking.js";
import { restorationOf, scenarioOverTime } from "../engine/recovery.js";
import { GraphReplay, type RemovedEntries } from "../history/replay.js";
import type { InterchangeDocument } from "../model/document.js";
import { withControls } from "../engine/controls.js";
import type { ControlInput } from "../model/risk-model.js";

/** One candidate as the engine applies it: what it removes, then what it writes; and every id it touches. */
export interface CandidatePatch {
  id: string;
  write: InterchangeDocument;
  removed: RemovedEntries;
  touched: string[];
}

/** A term of the expected harm: an open risk (weighted by its band's probability), or an asset of the estate (weight 1). */
export interface HarmItem {
  id: string;
  weight: number;
  lost: string[];
  compromised: string[];
  hours: number;
  controls: ControlInput[];
}

/** People counts, expected (model section 11, weighted by probability). */
export interface ExpectedPeople {
  patientsDisruptedPerDay: number;
  servicesStopped: number;
  servicesDegraded: number;
  recordsExposed: number;
}

interface ItemValue {
  harm: number;
  people: ExpectedPeople | null;
}

export class PastTimeBudget extends Error {}

const NO_PEOPLE: ExpectedPeople = { patientsDisruptedPerDay: 0, servicesStopped: 0, servicesDegraded: 0, recordsExposed: 0 };

/**
 * Expected harm of the model with sets of candidates applied together (model section 13). A
 * term's value under a set depends only on the candidates of the set that touch its scenario's
 * reach, so it is worked out once per such part and reused by every set that shares it; each
 * part's graph is built once for every term that needs it: the term's part of the live graph,
 * read from the engine's projection, with those candidates replayed over it. `context` is the
 * graph as stored around what the candidates touch (their nodes and those nodes' relationships).
 */
export class ExpectedHarm {
  /** Per term, the candidates that touch its reach. */
  private readonly touching: number[][];
  private readonly memo: Array<Map<string, ItemValue>>;
  /** Per risk, its reach and the nodes that names: the part of each graph its harm is worked out on. */
  private readonly local: Array<{ reach: Set<string>; named: Set<string>; base?: InterchangeDocument; patches?: InterchangeDocument[] }>;
  /** The graph and each candidate's writes, indexed to cut out each risk's part once. */
  private indexes: { base: ProjectionPart; patches: DocumentIndex[] } | null = null;
  /** The whole graph as a document, for the estate's ranking with candidates applied. */
  private whole: InterchangeDocument | null = null;
  graphsBuilt = 0;

  constructor(
    private readonly engine: Engine,
    private readonly context: InterchangeDocument,
    private readonly patches: readonly CandidatePatch[],
    readonly items: readonly HarmItem[],
    private readonly objective: "REGISTER" | "ESTATE",
    private readonly profile: ScoringProfile,
    private readonly deadline: number,
  ) {
    const reach = new ReachGraph(
      patches.map((p) => p.write),
      engine.p,
    );
    this.local = items.map((item) => {
      const r = reach.reach(item.lost, item.compromised);
      return { reach: r, named: reach.named(r) };
    });
    this.touching = this.local.map(({ reach: r }) => patches.flatMap((p, k) => (p.touched.some((id) => r.has(id)) ? [k] : [])));
    this.memo = items.map(() => new Map());
  }

  /** The candidates of `set` that touch term `i`. */
  partOf(i: number, set: CandidateSet): number[] {
    const t = this.touching[i]!;
    return set.filter((k) => t.includes(k));
  }

  /** Each term's value under each set, building each missing part's graph once. */
  values(sets: readonly CandidateSet[]): ItemValue[][] {
    const missing = new Map<string, { part: number[]; items: Set<number> }>();
    for (const set of sets)
      this.items.forEach((_, i) => {
        const part = this.partOf(i, set);
        const key = part.join(",");
        if (this.memo[i]!.has(key)) return;
        const m = missing.get(key) ?? { part, items: new Set<number>() };
        m.items.add(i);
        missing.set(key, m);
      });
    for (const [key, m] of missing) {
      if (this.objective === "ESTATE") {
        this.checkTime();
        const estate = this.estateScores(
          m.part.length
            ? this.engineOf(
                (this.whole ??= new ProjectionPart(this.engine.p, this.context).whole()),
                this.patches.map((p) => p.write),
                m.part,
              )
            : this.engine,
        );
        for (const i of m.items) this.memo[i]!.set(key, { harm: estate.get(this.items[i]!.id) ?? 0, people: null });
      } else
        for (const i of m.items) {
          this.checkTime();
          // A risk's harm is worked out on the part of the graph its scenario can reach: small, and the same harm.
          const l = this.local[i]!;
          const index = (this.indexes ??= {
            base: new ProjectionPart(this.engine.p, this.context),
            patches: this.patches.map((p) => new DocumentIndex(p.write)),
          });
          l.base ??= index.base.local(l.reach, l.named);
          l.patches ??= index.patches.map((p) => p.local(l.reach, l.named));
          this.memo[i]!.set(key, riskValue(this.engineOf(l.base, l.patches, m.part), this.items[i]!, this.profile));
        }
    }
    return sets.map((set) => this.items.map((_, i) => this.memo[i]!.get(this.partOf(i, set).join(","))!));
  }

  /** E(M + S) for each set. */
  expected(sets: readonly CandidateSet[]): number[] {
    return this.values(sets).map((vs) => vs.reduce((sum, v, i) => sum + this.items[i]!.weight * v.harm, 0));
  }

  /** Expected people counts under one set (REGISTER only). */
  people(set: CandidateSet): ExpectedPeople | null {
    if (this.objective === "ESTATE") return null;
    const out = { ...NO_PEOPLE };
    this.values([set])[0]!.forEach((v, i) => {
      const w = this.items[i]!.weight;
      for (const k of Object.keys(out) as Array<keyof ExpectedPeople>) out[k] += w * v.people![k];
    });
    return out;
  }

  private checkTime(): void {
    if (Date.now() > this.deadline) throw new PastTimeBudget();
  }

  /** The graph of `base` with the candidates of `part` replayed over it, each's removals then its writes. */
  private engineOf(base: InterchangeDocument, writes: readonly InterchangeDocument[], part: readonly number[]): Engine {
    this.graphsBuilt++;
    if (!part.length) return new Engine(projectDocument(base));
    const replay = new GraphReplay();
    replay.apply(base, "REPLACE");
    for (const k of part) {
      replay.remove(this.patches[k]!.removed);
      replay.apply(writes[k]!, "MERGE");
    }
    return new Engine(projectDocument(replay.document()));
  }

  private estateScores(engine: Engine): Map<string, number> {
    const r = rankAssets(engine, this.items[0]?.hours ?? 24, this.profile, true);
    const out = new Map<string, number>();
    for (let k = 0; k < r.length; k++) out.set(engine.p.idOf(r.node[k]!), r.score[k]!);
    return out;
  }
}

/** A risk's residual harm with recovery: controls applied, each lost node back at its recoveryHours. */
export function riskValue(engine: Engine, item: HarmItem, profile: ScoringProfile): ItemValue {
  const p = engine.p;
  const pick = (ids: readonly string[]) => ids.map((id) => p.indexOf.get(id)).filter((x): x is number => x !== undefined);
  const controlled = withControls(p, item.controls);
  const e = controlled ? new Engine(controlled.view) : engine;
  const lost = pick(item.lost);
  const r = scenarioOverTime(
    e,
    { lost, compromised: pick(item.compromised), hours: item.hours },
    restorationOf(e, lost, new Map(), true),
    profile,
  );
  const below = r.services.filter((s) => s.capability < 1);
  const counts = peopleCounts(
    e.p,
    below.map((s) => s.service),
    below.map((s) => s.capability),
    r.exposed,
  );
  const { patientsDisruptedPerDay, servicesStopped, servicesDegraded, recordsExposed } = counts;
  return { harm: r.totalHarm, people: { patientsDisruptedPerDay, servicesStopped, servicesDegraded, recordsExposed } };
}
