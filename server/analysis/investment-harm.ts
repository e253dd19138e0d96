import { Engine } from "../engine/engine.js";
import { projectDocument } from "../engine/from-document.js";
import type { CandidateSet } from "../engine/investment.js";
import { DocumentIndex, ReachGraph } from "../engine/investment-reach.js";
import { ProjectionPart } from "../engine/projection-part.js";
import { peopleCounts } from "../engine/people.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets } from "../engine/ranking.js";
import { restorationOf, scenarioOverTime } from "../engine/recovery.js";
import { replayOver, type RemovedEntries } from "../history/replay.js";
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

/** The part of each graph a scenario's harm is worked out on, shared by every term of that scenario. */
interface ScenarioPart {
  reach: Set<string>;
  named: Set<string>;
  /** The candidates that touch the reach. */
  touching: number[];
  base?: InterchangeDocument;
  patches?: InterchangeDocument[];
}

/** One question a term asks: a scenario at a horizon under controls; terms that ask the same share its answers. */
interface Question {
  scenario: number;
  /** An item that asks it. */
  item: number;
  /** Its value under each part of a set (the candidates of the set that touch the scenario), by the part's key. */
  memo: Map<string, ItemValue>;
}

/** Terms with the same lost and compromised nodes reach the same part of the graph. */
const scenarioKey = (item: HarmItem): string => JSON.stringify([[...item.lost].sort(), [...item.compromised].sort()]);
const questionKey = (item: HarmItem): string => JSON.stringify([scenarioKey(item), item.hours, item.controls]);

/**
 * Expected harm of the model with sets of candidates applied together (model section 13). A
 * term's value under a set depends only on the candidates of the set that touch its scenario's
 * reach, so it is worked out once per such part and reused by every set that shares it, and
 * by every term that asks the same question (a register often holds several risks of one
 * scenario). Each part's graph is built once for every question that needs it: the scenario's
 * part of the live graph, read from the engine's projection, with those candidates replayed
 * over it. `context` is the graph as stored around what the candidates touch (their nodes and
 * those nodes' relationships).
 */
export class ExpectedHarm {
  private readonly scenarios: ScenarioPart[] = [];
  private readonly questions: Question[] = [];
  /** Per term, the question it asks. */
  private readonly asks: number[];
  /** The graph and each candidate's writes, indexed to cut out each scenario's part once. */
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
    const byScenario = new Map<string, number>();
    const byQuestion = new Map<string, number>();
    this.asks = items.map((item, i) => {
      const sk = scenarioKey(item);
      let scenario = byScenario.get(sk);
      if (scenario === undefined) {
        const r = reach.reach(item.lost, item.compromised);
        const touching = patches.flatMap((p, k) => (p.touched.some((id) => r.has(id)) ? [k] : []));
        scenario = this.scenarios.push({ reach: r, named: reach.named(r), touching }) - 1;
        byScenario.set(sk, scenario);
      }
      const qk = questionKey(item);
      let q = byQuestion.get(qk);
      if (q === undefined) {
        q = this.questions.push({ scenario, item: i, memo: new Map() }) - 1;
        byQuestion.set(qk, q);
      }
      return q;
    });
  }

  /** The candidates of `set` that touch the scenario of question `q`, as the key of its part. */
  private partOf(q: Question, set: CandidateSet): string {
    const t = this.scenarios[q.scenario]!.touching;
    return set.filter((k) => t.includes(k)).join(",");
  }

  /** Each term's value under each set, building each missing part's graph once. */
  values(sets: readonly CandidateSet[]): ItemValue[][] {
    // Missing answers, by scenario and part: one graph each, for every question of that scenario.
    const missing = new Map<string, { scenario: number; part: number[]; questions: Set<Question> }>();
    for (const set of sets)
      for (const q of this.questions) {
        const key = this.partOf(q, set);
        if (q.memo.has(key)) continue;
        const at = `${q.scenario}|${key}`;
        const m = missing.get(at) ?? { scenario: q.scenario, part: key ? key.split(",").map(Number) : [], questions: new Set() };
        m.questions.add(q);
        missing.set(at, m);
      }
    if (this.objective === "ESTATE") this.estateValues(missing.values());
    else
      for (const m of missing.values()) {
        this.checkTime();
        // A risk's harm is worked out on the part of the graph its scenario can reach: small, and the same harm.
        const l = this.scenarios[m.scenario]!;
        const index = (this.indexes ??= {
          base: new ProjectionPart(this.engine.p, this.context),
          patches: this.patches.map((p) => new DocumentIndex(p.write)),
        });
        l.base ??= index.base.local(l.reach, l.named);
        l.patches ??= index.patches.map((p) => p.local(l.reach, l.named));
        const engine = this.engineOf(l.base, l.patches, m.part);
        const key = m.part.join(",");
        for (const q of m.questions) q.memo.set(key, riskValue(engine, this.items[q.item]!, this.profile));
      }
    return sets.map((set) =>
      this.asks.map((qi) => {
        const q = this.questions[qi]!;
        return q.memo.get(this.partOf(q, set))!;
      }),
    );
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

  /** The estate's scores under each missing part: the whole graph with the part's candidates, ranked once a part. */
  private estateValues(missing: Iterable<{ part: number[]; questions: Set<Question> }>): void {
    const byPart = new Map<string, { part: number[]; questions: Question[] }>();
    for (const m of missing) {
      const key = m.part.join(",");
      const b = byPart.get(key) ?? { part: m.part, questions: [] };
      b.questions.push(...m.questions);
      byPart.set(key, b);
    }
    for (const [key, b] of byPart) {
      this.checkTime();
      const engine = b.part.length
        ? this.engineOf(
            (this.whole ??= new ProjectionPart(this.engine.p, this.context).whole()),
            this.patches.map((p) => p.write),
            b.part,
          )
        : this.engine;
      const estate = this.estateScores(engine);
      for (const q of b.questions) q.memo.set(key, { harm: estate.get(this.items[q.item]!.id) ?? 0, people: null });
    }
  }

  /** The graph of `base` with the candidates of `part` replayed over it, each's removals then its writes. */
  private engineOf(base: InterchangeDocument, writes: readonly InterchangeDocument[], part: readonly number[]): Engine {
    this.graphsBuilt++;
    if (!part.length) return new Engine(projectDocument(base));
    return new Engine(
      projectDocument(
        replayOver(
          base,
          part.map((k) => ({ removed: this.patches[k]!.removed, write: writes[k]! })),
        ),
      ),
    );
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
