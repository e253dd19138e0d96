import { createHash } from "node:crypto";
import { KIND } from "../engine/projection.js";
import { isKind, recoveryHoursOf, storesBySensitivity } from "../engine/query.js";
import type { ScoringProfile } from "../engine/profile.js";
import type { Database } from "../graph/database.js";
import { LiveLoader } from "./live-loader.js";
import type { Assessment } from "./assess.js";
import type { Risk } from "../model/risk-model.js";
import { COMPROMISABLE, LOSABLE, resolveIds } from "./args.js";
import { badInput } from "../base/errors.js";
import { BlastRadiusAnswer, serviceAt } from "./blast-radius.js";
import { BreachList } from "./breach-list.js";
import type { OverTimeInput } from "./recovery-jobs.js";
import { pointsInIds, type RecoveryPlanModel } from "./recovery-models.js";
import { restorations } from "./restorations.js";
import type { SupplierConcentrationModel } from "./models.js";
import { RankingView } from "./ranked.js";
import { GraphSnapshot } from "./snapshot.js";
import type { InvestmentInput, InvestmentOutput } from "./investment-jobs.js";
import { WorkLane, type LaneOptions } from "./work-lane.js";
import { mergeRankings, type Ranking } from "../engine/ranking.js";
import { memoryOf, processMemory, type MemoryReport } from "./thread-memory.js";
import { Graphs } from "./graphs.js";

export interface ScenarioQuery {
  lost: readonly string[];
  compromised: readonly string[];
  hours: number;
  profile: ScoringProfile;
  /** Lost nodes back at given hours (model section 9). */
  restore?: ReadonlyArray<{ id: string; hours: number }> | null;
  /** The other lost nodes back at their recoveryHours. */
  recovery?: boolean | null;
}

const REBUILT = LOSABLE.filter((k) => k !== KIND.CareService);

/**
 * The analysis service: answers the use cases by id with plain results, on the graphs `graphs`
 * holds (live, reloaded when the graph's version moves, or as it stood at a past time). The engine's work runs on two lanes of worker threads: estate-wide work (rankings,
 * single points of failure, supplier concentration), at most `maxJobs` distinct jobs at once,
 * and work on given scenarios (blast radii, risk assessments), mostly quick, which must not
 * wait behind a ranking.
 */
export class AnalysisService {
  /** Work over the whole estate: rankings, single points of failure, supplier concentration. */
  private readonly estate: WorkLane;
  /** Work about given scenarios: blast radii, their curves, risk assessments. */
  private readonly scenarios: WorkLane;
  private readonly loader: LiveLoader;
  /** The graph as the engine sees it: live, as it stood at a past time, or with a previewed change. */
  readonly graphs: Graphs;

  constructor(
    private readonly db: Database,
    lanes: LaneOptions = { threads: 0, maxJobs: 8 },
  ) {
    this.estate = new WorkLane(lanes);
    this.scenarios = new WorkLane({ threads: Math.min(1, lanes.threads), maxJobs: lanes.maxJobs * 8 });
    this.loader = new LiveLoader(db, this.estate.threaded);
    // Blast radii are what a user waits for first after a start or a change to the graph.
    this.graphs = new Graphs(
      db,
      this.loader,
      this.estate.threaded,
      (g) => {
        // Every thread lets the older live graph go now; the scenario thread readies the new one.
        this.estate.announceLive(g.key);
        this.scenarios.announceLive(g.key);
        this.scenarios.warm(g);
      },
      (version) => {
        // A newer live graph loads: every thread lets this one's engines go before it is built.
        this.estate.announceLive(`v${version + 1}`);
        this.scenarios.announceLive(`v${version + 1}`);
      },
    );
  }

  async blastRadius(g: GraphSnapshot, q: ScenarioQuery): Promise<BlastRadiusAnswer> {
    const p = g.projection;
    const lost = resolveIds(p, q.lost, "lost", LOSABLE, "only care services, systems, data stores and suppliers can be lost");
    const compromised = resolveIds(
      p,
      q.compromised,
      "compromised",
      COMPROMISABLE,
      "only systems, data stores and suppliers can be compromised",
    );
    if (q.restore?.length || q.recovery)
      return this.overTime(g, {
        lost,
        compromised,
        hours: q.hours,
        profile: q.profile,
        restore: restorations(p, lost, q.restore ?? []),
        recovery: q.recovery ?? false,
      });
    // Opening a group of a drawn radius asks for the same scenario again: its answer is kept a while.
    const input = { lost, compromised, hours: q.hours, profile: q.profile };
    const r = await g.scenario(JSON.stringify(input), () => this.scenarios.run(g, "scenario", input));
    const curve = (horizons: number[]) =>
      this.scenarios.run(
        g,
        "curve",
        {
          services: r.serviceNode,
          capability: r.serviceCapability,
          confidentialityHarm: r.confidentialityHarm,
          horizons,
          profile: q.profile,
        },
        `curve|${JSON.stringify([lost, compromised, q.hours, q.profile.name, horizons])}`,
      );
    return new BlastRadiusAnswer(g, r, q.profile, compromised, curve);
  }

  /** A scenario over time: capability and harm stepping back up as lost nodes return (model section 9). */
  private async overTime(g: GraphSnapshot, input: OverTimeInput): Promise<BlastRadiusAnswer> {
    const r = await this.scenarios.run(g, "overTime", input);
    const curve = (horizons: number[]) => this.scenarios.run(g, "overTimeCurve", { ...input, horizons });
    return new BlastRadiusAnswer(g, r, input.profile, input.compromised, curve);
  }

  /** Every System, DataStore and Supplier ranked by harm (model section 5), made once per horizon and profile. */
  async ranking(g: GraphSnapshot, hours: number, profile: ScoringProfile, recovery = false): Promise<RankingView> {
    const name = `${hours}|${profile.name}|${recovery ? "recovery" : "lost"}`;
    const rows = await g.ranking(name, () => this.rankEstate(g, { hours, profile, recovery }, name));
    return new RankingView(g, rows, hours, profile, recovery);
  }

  /**
   * The whole ranking, split across the estate lane's threads: each ranks an interleaved share of
   * the assets, and their rankings are merged by score (the same rows, in the same order, as one
   * thread's ranking).
   */
  private async rankEstate(
    g: GraphSnapshot,
    a: { hours: number; profile: ScoringProfile; recovery: boolean },
    name: string,
  ): Promise<Ranking> {
    const of = this.estate.threads;
    if (of === 1) return this.estate.run(g, "ranking", a);
    const parts = await this.estate.runEach(
      g,
      "ranking",
      Array.from({ length: of }, (_, index) => ({ ...a, part: { index, of } })),
      name,
    );
    return mergeRankings(parts, g.projection.compareIds);
  }

  /**
   * Where the server's memory is, thread by thread (main, the engine's threads, the loading
   * thread at the end of its last load), with the shared projection's bytes and the process's
   * peak: for the benchmark and for operators (an ADMIN-only route, /admin/memory).
   */
  async memory(): Promise<MemoryReport> {
    const [estate, scenarios] = await Promise.all([this.estate.memory("estate worker"), this.scenarios.memory("scenario worker")]);
    const loading = this.loader.memory();
    const g = this.graphs.loaded();
    return {
      threads: [
        memoryOf("main"),
        ...estate,
        ...scenarios,
        ...(loading.lastLoad ? [{ ...loading.lastLoad, thread: "loading (end of last load)" }] : []),
      ],
      loadingThreadRunning: loading.running,
      nodes: g?.projection.n ?? null,
      shared: g?.sharedBytes() ?? null,
      ...processMemory(),
    };
  }

  /** Every tolerance breach of the estate (model section 9), made once per graph; by service id, then the node's. */
  async toleranceBreaches(g: GraphSnapshot): Promise<BreachList> {
    const found = await g.memo("breaches", () => this.estate.run(g, "toleranceBreaches", {}));
    return new BreachList(g, found.service, found.through);
  }

  /** The order to rebuild `lost` in with `teams` recovery teams, and its curve (model section 9). */
  async recoveryPlan(
    g: GraphSnapshot,
    q: { lost: readonly string[]; teams: number; hours: number; profile: ScoringProfile },
  ): Promise<RecoveryPlanModel> {
    const p = g.projection;
    const lost = resolveIds(p, q.lost, "lost", REBUILT, "only systems, data stores and suppliers are rebuilt");
    const problems = lost.flatMap((x, k) =>
      recoveryHoursOf(p, x) === null ? [{ path: `$.lost[${k}]`, message: `'${p.idOf(x)}' has no recoveryHours` }] : [],
    );
    if (problems.length) throw badInput(problems.map((e) => e.message).join("; "), problems);
    const plan = await this.estate.run(g, "recoveryPlan", { lost, teams: q.teams, hours: q.hours, profile: q.profile });
    return {
      steps: plan.steps.map((s) => ({ node: p.idOf(s.node), start: s.start, end: s.end })),
      harm: plan.harm,
      shortestFirstHarm: plan.shortestFirstHarm,
      exact: plan.exact,
      teams: q.teams,
      hours: q.hours,
      curve: pointsInIds(p.idOf, plan.curve),
    };
  }

  /** The nodes whose lone loss stops care service `service`, by id. */
  async singlePoints(g: GraphSnapshot, service: string): Promise<string[]> {
    const [s] = resolveIds(g.projection, [service], "service", [KIND.CareService], "single points of failure are asked of a care service");
    const found = await this.estate.run(g, "singlePoints", { service: s! });
    return Array.from(found, (x) => g.projection.idOf(x));
  }

  /** The care services of `g` that depend, directly or not, on any of `ids` (ids `g` lacks are left out). */
  async servicesReaching(g: GraphSnapshot, ids: readonly string[]): Promise<string[]> {
    const p = g.projection;
    const nodes = ids.map((id) => p.indexOf.get(id)).filter((i): i is number => i !== undefined);
    const found = await this.estate.run(g, "servicesReaching", { nodes });
    return Array.from(found, (x) => p.idOf(x));
  }

  /** Each of `services`' single points of failure on `g`, by id; a service `g` lacks has none. */
  async singlePointsOfEach(g: GraphSnapshot, services: readonly string[]): Promise<Map<string, string[]>> {
    const p = g.projection;
    const present = services.filter((id) => isKind(p, p.indexOf.get(id) ?? -1, KIND.CareService));
    const found = present.length
      ? await this.estate.run(g, "singlePointsOfEach", { services: present.map((id) => p.indexOf.get(id)!) })
      : [];
    const out = new Map<string, string[]>(services.map((id) => [id, []]));
    present.forEach((id, k) =>
      out.set(
        id,
        Array.from(found[k]!, (x) => p.idOf(x)),
      ),
    );
    return out;
  }

  /** The `first` suppliers whose loss and compromise harm most, with the organisations, services and stores each reaches. */
  async supplierConcentration(
    g: GraphSnapshot,
    hours: number,
    profile: ScoringProfile,
    first: number,
  ): Promise<SupplierConcentrationModel[]> {
    const id = g.projection.idOf;
    const reach = await this.estate.run(g, "supplierConcentration", { hours, profile, first });
    return reach.map((r) => ({
      graph: g,
      profile,
      supplier: id(r.supplier),
      organisations: r.organisations.map((o) => id(o)),
      services: Array.from(r.services.serviceNode, (_, k) => serviceAt(g, r.services, k)),
      availabilityHarm: r.availabilityHarm,
      confidentialityHarm: r.confidentialityHarm,
      exposed: storesBySensitivity(g.projection, r.exposed).map((d) => id(d)),
      recordsExposed: r.recordsExposed,
      consequence: r.consequence,
    }));
  }

  /** Each risk's ratings on graph `g` (DCB0160), in order. */
  assess(g: GraphSnapshot, risks: readonly Risk[]): Promise<Assessment[]> {
    return risks.length ? this.scenarios.run(g, "assess", { risks: [...risks] }) : Promise.resolve([]);
  }

  /** The best investment for a budget over the live graph `g`'s projection, on the estate lane (model section 13). */
  bestInvestment(g: GraphSnapshot, input: InvestmentInput): Promise<InvestmentOutput> {
    const { deadline: _d, ...asked } = input;
    const name = createHash("sha256").update(JSON.stringify(asked)).digest("hex");
    return this.estate.run(g, "bestInvestment", input, name);
  }

  async close(): Promise<void> {
    await Promise.all([this.estate.close(), this.scenarios.close(), this.loader.close()]);
  }
}
