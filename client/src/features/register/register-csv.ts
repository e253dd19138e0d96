import { toCsv } from "../../lib/csv.js";
import type { RiskRow } from "./api.js";

/** The register as shown (filtered and sorted) as CSV, one row per risk. */
export function registerCsv(risks: readonly RiskRow[]): string {
  const rows: Array<Array<string | number | null>> = [
    [
      "id",
      "title",
      "owner",
      "threat",
      "likelihood",
      "consequence",
      "inherent_rating",
      "residual_rating",
      "status",
      "next_review",
      "overdue",
    ],
  ];
  for (const r of risks)
    rows.push([
      r.id,
      r.title,
      r.owner,
      r.threat,
      r.likelihood,
      r.consequence,
      r.inherentRating,
      r.residualRating,
      r.status,
      r.nextReviewDate,
      String(r.overdue),
    ]);
  return toCsv(rows);
}
