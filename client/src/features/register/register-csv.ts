import type { RiskRow } from "./api.js";

const cell = (v: string | number | boolean): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The register as shown (filtered and sorted) as CSV, one row per risk. */
export function registerCsv(risks: readonly RiskRow[]): string {
  const rows: Array<Array<string | number | boolean>> = [["id", "title", "owner", "threat", "likelihood", "consequence", "inherent_rating", "residual_rating", "status", "next_review", "overdue"]];
  for (const r of risks) rows.push([r.id, r.title, r.owner, r.threat, r.likelihood, r.consequence, r.inherentRating, r.residualRating, r.status, r.nextReviewDate, r.overdue]);
  return rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
