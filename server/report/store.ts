import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Database } from "../graph/database.js";
import { appendEvent, type Actor } from "../audit/audit-log.js";

/** The board report's Cypher: the reports kept, and the model's gaps. */

/** The figures a report is compared on when the next one is made. */
export const KeptFigures = z.object({
  topAssets: z.array(z.object({ name: z.string(), rank: z.number() })),
  breachServices: z.number(),
  risks: z.array(z.object({ id: z.string(), title: z.string(), organisation: z.string().nullable(), residualRating: z.number() })),
  completeness: z.array(z.object({ what: z.string(), count: z.number() })),
});
export type KeptFigures = z.infer<typeof KeptFigures>;

export interface KeptReport {
  /** "ALL" for the whole system, else the organisation's id. */
  coverage: string;
  madeAt: string;
  madeBy: string;
  graphVersion: number;
  figures: KeptFigures;
}

/**
 * Keeps a report as it was made, for the next report of the same coverage to say what changed
 * since, with an audit event naming who made it, for what, and on which graph version.
 */
export async function keepReport(db: Database, actor: Actor, report: KeptReport, coverageName: string): Promise<void> {
  const id = `report-${randomUUID()}`;
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (:KeptReport {id: $id, coverage: $coverage, madeAt: $madeAt, madeBy: $madeBy, graphVersion: $graphVersion, figures: $figures})`,
      { id, ...report, figures: JSON.stringify(report.figures) },
    );
    await appendEvent(tx, actor, {
      action: "report.keep",
      target: id,
      summary: `kept the board report for ${coverageName}, graph version ${report.graphVersion}`,
      after: { coverage: report.coverage, madeAt: report.madeAt, graphVersion: report.graphVersion },
    });
  });
}

/** The last report kept of this coverage, or null: the next one is the first. */
export function lastKept(db: Database, coverage: string): Promise<KeptReport | null> {
  return db.read(async (tx) => {
    const r = await tx.run(
      "MATCH (k:KeptReport {coverage: $coverage}) RETURN properties(k) AS k ORDER BY k.madeAt DESC, k.id DESC LIMIT 1",
      { coverage },
    );
    const k = r.records[0]?.get("k") as Record<string, unknown> | undefined;
    if (!k) return null;
    return {
      coverage,
      madeAt: String(k.madeAt),
      madeBy: String(k.madeBy),
      graphVersion: Number(k.graphVersion),
      figures: KeptFigures.parse(JSON.parse(String(k.figures))),
    };
  });
}

// Each gap counted against what could have it, of one organisation or of all ($org null).
const GAPS = `
CALL {
  MATCH (n:Node) WHERE (n:CareService OR n:System OR n:DataStore) AND ($org IS NULL OR n.organisation = $org)
  RETURN 'owner' AS gap, count(n) AS of, count(CASE WHEN n.owner IS NULL THEN 1 END) AS missing
  UNION ALL
  MATCH (n:System) WHERE ($org IS NULL OR n.organisation = $org) AND n.supplier IS NOT NULL
  RETURN 'hosting' AS gap, count(n) AS of, count(CASE WHEN n.hosting IS NULL THEN 1 END) AS missing
  UNION ALL
  MATCH (n:CareService) WHERE ($org IS NULL OR n.organisation = $org)
  RETURN 'tolerance' AS gap, count(n) AS of, count(CASE WHEN n.impactToleranceHours IS NULL THEN 1 END) AS missing
}
RETURN gap, of, missing`;

/** Each gap of the model (owner, hosting, tolerance) with how many lack it and how many could have it. */
export function readGaps(db: Database, organisation: string | null): Promise<Map<string, { of: number; count: number }>> {
  return db.read(async (tx) => {
    const r = await tx.run(GAPS, { org: organisation });
    return new Map(r.records.map((rec) => [rec.get("gap") as string, { of: Number(rec.get("of")), count: Number(rec.get("missing")) }]));
  });
}
