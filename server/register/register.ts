import type { AnalysisService } from "../analysis/analysis.js";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import type { Assessment } from "../analysis/assess.js";
import type { Risk } from "../model/risk-model.js";
import { changeRisk, listRisks } from "./risk-store.js";

export interface AssessedRisk {
  risk: Risk;
  assessment: Assessment;
}

/**
 * The register over the current graph. Ratings are computed on every read, so they follow the
 * graph; once per graph version the stored ratings are compared with the new ones, and each
 * risk whose rating the graph moved gets the move recorded, with an audit event.
 */
export class Register {
  private reconciled = -1;
  private reconciling: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly analysis: AnalysisService,
  ) {}

  /** The live graph at least at `version`, with the stored ratings reconciled to it. */
  async graph(version: number): Promise<GraphSnapshot> {
    const graph = await this.analysis.live(version);
    const current = this.analysis.loadedVersion() ?? version;
    if (current > this.reconciled) {
      this.reconciling ??= this.reconcile(graph, current).finally(() => {
        this.reconciling = null;
      });
      await this.reconciling;
    }
    return graph;
  }

  async all(version: number): Promise<AssessedRisk[]> {
    const graph = await this.graph(version);
    return this.assessAll(graph, await listRisks(this.db));
  }

  /** Risks with their ratings on `graph`. */
  async assessAll(graph: GraphSnapshot, risks: readonly Risk[]): Promise<AssessedRisk[]> {
    const assessments = await this.analysis.assess(graph, risks);
    return risks.map((risk, k) => ({ risk, assessment: assessments[k]! }));
  }

  /** Stamps a risk with its assessment now, so a later graph change can be seen to move it. */
  async stamp(risk: Risk, graph: GraphSnapshot, version: number): Promise<Risk> {
    const [a] = await this.analysis.assess(graph, [risk]);
    return { ...risk, assessedVersion: version, assessedRating: a!.inherentRating, assessedConsequence: a!.consequence };
  }

  private async reconcile(graph: GraphSnapshot, version: number): Promise<void> {
    const stale = (await listRisks(this.db)).filter((risk) => risk.assessedVersion < version);
    const assessments = await this.analysis.assess(graph, stale);
    for (const [k, listed] of stale.entries()) {
      const first = assessments[k]!;
      if (first.inherentRating === listed.assessedRating && first.consequence === listed.assessedConsequence) continue;
      // Rated again from the risk as it stands under the register's lock, not as it was
      // listed: a writer may have changed it since, and a risk deleted since is skipped.
      const rerate = async (before: Risk | null, now: string): Promise<Risk | null> => {
        const current = before!;
        if (current.assessedVersion >= version) return current;
        const [a] = await this.analysis.assess(graph, [current]);
        if (!a || (a.inherentRating === current.assessedRating && a.consequence === current.assessedConsequence)) return current;
        const move = {
          at: now,
          graphVersion: version,
          fromRating: current.assessedRating,
          toRating: a.inherentRating,
          fromConsequence: current.assessedConsequence,
          toConsequence: a.consequence,
        };
        return {
          ...current,
          moves: [...current.moves, move],
          assessedVersion: version,
          assessedRating: a.inherentRating,
          assessedConsequence: a.consequence,
        };
      };
      await changeRisk(this.db, SYSTEM_ACTOR as Actor, listed.id, "risk.rating-moved", rerate, { ifPresent: true });
    }
    this.reconciled = version;
  }
}
