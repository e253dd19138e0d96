import type { AnalysisService } from "../analysis/analysis.js";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { customProfile, DEFAULT_PROFILE, type ScoringProfile } from "../engine/profile.js";
import type { Assessment } from "../analysis/assess.js";
import type { Risk } from "../model/risk-model.js";
import { changeRisks, listRisks } from "./risk-store.js";

/** The register's scoring profile: the default one, with the lapse threshold given (REGISTER_LAPSE_HARM_PERCENT). */
export function registerProfile(lapseHarmShare = DEFAULT_PROFILE.lapseHarmShare): ScoringProfile {
  return customProfile({ ...DEFAULT_PROFILE, lapseHarmShare });
}

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
    /** The profile acceptances are judged and lapse on; the default unless its lapse threshold is set. */
    readonly profile: ScoringProfile = DEFAULT_PROFILE,
  ) {}

  /** The live graph at least at `version`, with the stored ratings reconciled to it. */
  async graph(version: number): Promise<GraphSnapshot> {
    const graph = await this.analysis.graphs.live(version);
    const current = this.analysis.graphs.loadedVersion() ?? version;
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
    const moved = stale.filter(
      (r, k) => assessments[k]!.inherentRating !== r.assessedRating || assessments[k]!.consequence !== r.assessedConsequence,
    );
    // Rated again from the risks as they stand under the register's lock, not as they were
    // listed: a writer may have changed one since, and a risk deleted since is skipped.
    const rerate = async (risks: Risk[], now: string): Promise<Risk[]> => {
      const again = await this.analysis.assess(graph, risks);
      return risks.map((current, k) => {
        const a = again[k]!;
        if (
          current.assessedVersion >= version ||
          (a.inherentRating === current.assessedRating && a.consequence === current.assessedConsequence)
        )
          return current;
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
      });
    };
    const summary = (r: Risk): string => `rating-moved: ${r.title}`;
    await changeRisks(
      this.db,
      SYSTEM_ACTOR as Actor,
      moved.map((r) => r.id),
      "risk.rating-moved",
      rerate,
      summary,
    );
    this.reconciled = version;
  }
}
