import type { AnalysisService } from "../analysis/analysis.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import { lastGraphChange } from "../audit/store.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import { DEFAULT_PROFILE, type ScoringProfile } from "../engine/profile.js";
import { stateOn, todayUtc, type Acceptance } from "../model/acceptance-model.js";
import { acceptancesOf, lapse } from "./acceptance-rules.js";
import { lapseReason } from "./lapse-rule.js";
import type { Risk } from "../model/risk-model.js";
import { changeRisks, listRisks } from "./risk-store.js";

/**
 * Lapses accepted risks the graph has moved (model section 12), once per graph version and off
 * the request path. It is nudged after every write through this server and whenever the server
 * sees a newer graph version (a request's look-up, or the live graph loaded again), so a change
 * made elsewhere (`npm run import`, another server) is checked too; it reads the version, and when it has moved it
 * assesses every accepted risk on the new graph in the analysis workers and lapses those that
 * rose, all of them in a few bounded writes. A lapse is re-checked under the register's lock,
 * so several servers lapse a risk once.
 */
export class LapseWatch {
  private checked = -1;
  /** The version a failed check was for: seeing it again does not retry (a write or a newer version does). */
  private failed = -1;
  private trying = -1;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly analysis: AnalysisService,
    /** The register's scoring profile: its lapseHarmShare is the threshold on harm. */
    private readonly profile: ScoringProfile = DEFAULT_PROFILE,
  ) {}

  /**
   * The server saw graph `version` (on a request, or loading the live graph): a check starts,
   * off the request path, when it is past the version last checked. Cheap when it is not.
   */
  seen(version: number): void {
    if (version > this.checked && version > this.failed) this.nudge();
  }

  /** Starts a check if none is running, or asks the running one to look again when done. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop()
      // A failed check is tried again on the next write or version seen; the lapse it missed is not lost.
      .catch((e: unknown) => {
        this.failed = this.trying;
        console.error(`Acceptance lapse check failed: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        this.running = null;
      });
  }

  /** Resolves when no check is running: for the benchmark and the tests, which need the outcome. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const version = await this.db.read(readGraphVersion);
      if (version > this.checked) {
        this.trying = version;
        await this.check(version);
        this.checked = version;
      }
    } while (this.again);
  }

  /**
   * Assesses every standing acceptance on graph `version` in one job of the analysis workers, and
   * lapses those that rose in a few bounded transactions (changeRisks), each lapse with its audit
   * event; answers how many lapsed. A risk changed since it was listed is judged again as it stands
   * under the register's lock; the others keep the assessment made in the job.
   */
  async check(version: number): Promise<number> {
    const today = todayUtc();
    const standing = (r: Risk): Acceptance | null => {
      const a = acceptancesOf(r).at(-1);
      return a?.snapshot && a.snapshot.graphVersion < version && stateOn(a, today) === "ACCEPTED" ? a : null;
    };
    const accepted = (await listRisks(this.db)).filter((r) => standing(r));
    if (!accepted.length) return 0;
    const graph = await this.analysis.graphs.live(version);
    const assessments = await this.analysis.assess(graph, accepted);
    const share = this.profile.lapseHarmShare;
    const rose = accepted.filter((risk, k) => lapseReason(standing(risk)!.snapshot!, assessments[k]!, share));
    if (!rose.length) return 0;
    const judged = new Map(accepted.map((risk, k) => [risk.id, { risk, assessment: assessments[k]! }]));
    const at = `graph version ${version}${await this.db.read((tx) => lastGraphChange(tx, version))}`;
    const lapsed = await changeRisks(
      this.db,
      SYSTEM_ACTOR,
      rose.map((r) => r.id),
      "risk.acceptance-lapsed",
      async (risks, now) => {
        // Only a risk changed since it was listed is assessed again; the rest keep their assessment.
        const changed = risks.filter((r) => JSON.stringify(judged.get(r.id)?.risk) !== JSON.stringify(r));
        const again = new Map((await this.analysis.assess(graph, changed)).map((a, k) => [changed[k]!.id, a]));
        return risks.map((risk) => {
          const a = standing(risk);
          const reason = a && lapseReason(a.snapshot!, again.get(risk.id) ?? judged.get(risk.id)!.assessment, share);
          return a && reason ? lapse(risk, a.id, version, `${at}: ${reason}`, now) : risk;
        });
      },
      (r) => `acceptance lapsed: ${r.title}, at ${acceptancesOf(r).at(-1)?.reason ?? `graph version ${version}`}`,
    );
    return lapsed.length;
  }
}
