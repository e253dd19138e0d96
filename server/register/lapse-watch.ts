import type { AnalysisService } from "../analysis/analysis.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import { stateOn, todayUtc } from "../model/acceptance-model.js";
import { acceptancesOf, lapse } from "./acceptance-rules.js";
import { lapseReason } from "./lapse-rule.js";
import { changeRisk, listRisks } from "./risk-store.js";

/**
 * Lapses accepted risks the graph has moved (model section 12), once per graph version and off
 * the request path: nudged after every write, it reads the version, and when it has moved it
 * assesses every accepted risk on the new graph in the analysis workers and lapses those that
 * rose. A lapse is re-checked under the register's lock, so several servers lapse a risk once.
 */
export class LapseWatch {
  private checked = -1;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly analysis: AnalysisService,
  ) {}

  /** Starts a check if none is running, or asks the running one to look again when done. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop()
      // A failed check is tried again on the next write; the lapse it missed is not lost.
      .catch((e: unknown) => console.error(`Acceptance lapse check failed: ${e instanceof Error ? e.message : String(e)}`))
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
        await this.check(version);
        this.checked = version;
      }
    } while (this.again);
  }

  /** Assesses every standing acceptance on graph `version`; answers how many lapsed. */
  async check(version: number): Promise<number> {
    const today = todayUtc();
    const accepted = (await listRisks(this.db)).filter((r) => {
      const a = acceptancesOf(r).at(-1);
      return a?.snapshot && a.snapshot.graphVersion < version && stateOn(a, today) === "ACCEPTED";
    });
    if (!accepted.length) return 0;
    const graph = await this.analysis.live(version);
    const assessments = await this.analysis.assess(graph, accepted);
    let lapsed = 0;
    for (const [k, risk] of accepted.entries()) {
      const a = acceptancesOf(risk).at(-1)!;
      const reason = lapseReason(a.snapshot!, assessments[k]!);
      if (!reason) continue;
      const why = `graph version ${version}: ${reason}`;
      const after = await changeRisk(
        this.db,
        SYSTEM_ACTOR,
        risk.id,
        "risk.acceptance-lapsed",
        (before, now) => lapse(before!, a.id, version, why, now),
        {
          ifPresent: true,
          summary: (r) => `acceptance lapsed: ${r?.title ?? risk.id}, at ${why}`,
        },
      );
      const now = after ? acceptancesOf(after).at(-1) : undefined;
      if (now?.id === a.id && now.state === "LAPSED" && now.lapsedAtGraphVersion === version) lapsed++;
    }
    return lapsed;
  }
}
