import type { Analysis } from "../analysis/analysis.js";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import type { Actor } from "../audit/audit-log.js";
import type { Engine } from "../engine/engine.js";
import type { Database } from "../graph/database.js";
import { assessRisk, type Assessment } from "./assess.js";
import type { Risk } from "./risk-model.js";
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
    private readonly analysis: Analysis,
  ) {}

  async engine(version: number): Promise<Engine> {
    const engine = await this.analysis.engine(version);
    const current = this.analysis.loadedVersion() ?? version;
    if (current > this.reconciled) {
      this.reconciling ??= this.reconcile(engine, current).finally(() => {
        this.reconciling = null;
      });
      await this.reconciling;
    }
    return engine;
  }

  async all(version: number): Promise<AssessedRisk[]> {
    const engine = await this.engine(version);
    return (await listRisks(this.db)).map((risk) => ({ risk, assessment: assessRisk(engine, risk) }));
  }

  /** Stamps a risk with its assessment now, so a later graph change can be seen to move it. */
  stamp(risk: Risk, engine: Engine, version: number): Risk {
    const a = assessRisk(engine, risk);
    return { ...risk, assessedVersion: version, assessedRating: a.inherentRating, assessedConsequence: a.consequence };
  }

  private async reconcile(engine: Engine, version: number): Promise<void> {
    for (const risk of await listRisks(this.db)) {
      if (risk.assessedVersion >= version) continue;
      const a = assessRisk(engine, risk);
      if (a.inherentRating === risk.assessedRating && a.consequence === risk.assessedConsequence) continue;
      await changeRisk(this.db, SYSTEM_ACTOR as Actor, risk.id, "risk.rating-moved", (before, now) => {
        const current = before ?? risk;
        const move = {
          at: now,
          graphVersion: version,
          fromRating: current.assessedRating,
          toRating: a.inherentRating,
          fromConsequence: current.assessedConsequence,
          toConsequence: a.consequence,
        };
        return { ...current, moves: [...current.moves, move], assessedVersion: version, assessedRating: a.inherentRating, assessedConsequence: a.consequence };
      });
    }
    this.reconciled = version;
  }
}
