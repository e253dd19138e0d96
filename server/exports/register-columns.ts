import type { Database } from "../graph/database.js";
import { getNodes } from "../graph/nodes.js";
import type { AssessedRisk } from "../register/register.js";
import { Plain, acceptanceWords } from "../model/plain-words.js";
import { dateEnGb } from "../model/date-words.js";
import { stateOn, todayUtc } from "../model/acceptance-model.js";

type Cell = string | number | null;

/**
 * The register's columns, one list for both its XLSX and its CSV, so the two files always carry
 * the same columns in the same order (width is the XLSX's column width).
 */
const COLUMNS: Array<{ head: string; width: number; value: (r: AssessedRisk, name: (id: string) => string) => Cell }> = [
  { head: "Id", width: 12, value: (r) => r.risk.id },
  { head: "Title", width: 36, value: (r) => r.risk.title },
  { head: "Threat", width: 18, value: (r) => Plain(r.risk.threat) },
  { head: "Organisation", width: 28, value: (r, name) => (r.risk.organisation ? name(r.risk.organisation) : null) },
  { head: "Owner", width: 20, value: (r) => r.risk.owner },
  { head: "Lost", width: 34, value: (r, name) => r.risk.scenario.lost.map(name).join("\n") },
  { head: "Compromised", width: 34, value: (r, name) => r.risk.scenario.compromised.map(name).join("\n") },
  { head: "Horizon (hours)", width: 10, value: (r) => r.risk.scenario.hours },
  { head: "Likelihood", width: 12, value: (r) => Plain(r.risk.likelihood) },
  { head: "Consequence", width: 14, value: (r) => Plain(r.assessment.consequence) },
  {
    head: "Consequence from the graph",
    width: 14,
    value: (r) => (r.assessment.computedConsequence ? Plain(r.assessment.computedConsequence) : null),
  },
  { head: "Inherent rating (1-5)", width: 10, value: (r) => r.assessment.inherentRating },
  { head: "Harm (weighted patients)", width: 14, value: (r) => Math.round(r.assessment.harm) },
  { head: "Controls", width: 34, value: (r) => r.risk.controls.map((c) => c.name).join("\n") },
  { head: "Residual likelihood", width: 12, value: (r) => Plain(r.assessment.residualLikelihood) },
  { head: "Residual consequence", width: 14, value: (r) => Plain(r.assessment.residualConsequence) },
  { head: "Residual rating (1-5)", width: 10, value: (r) => r.assessment.residualRating },
  { head: "Residual harm (weighted patients)", width: 14, value: (r) => Math.round(r.assessment.residualHarm) },
  {
    head: "Acceptance",
    width: 22,
    value: (r) => {
      const a = r.risk.acceptances?.at(-1);
      return a ? acceptanceWords({ state: stateOn(a, todayUtc()), expires: a.expires }) : null;
    },
  },
  { head: "Treatment", width: 12, value: (r) => Plain(r.risk.treatment) },
  { head: "Status", width: 10, value: (r) => Plain(r.risk.status) },
  { head: "Next review", width: 12, value: (r) => dateEnGb(r.risk.nextReviewDate) },
  {
    head: "Last reviewed",
    width: 12,
    value: (r) => {
      const at = r.risk.reviews.at(-1)?.at;
      return at ? dateEnGb(at) : null;
    },
  },
];

export const COLUMN_WIDTHS = COLUMNS.map((c) => c.width);

/** The register as a table: the heads, then every risk highest inherent rating first, its scenario's nodes by name. */
export async function registerTable(db: Database, risks: readonly AssessedRisk[]): Promise<{ head: string[]; rows: Cell[][] }> {
  const ids = new Set<string>();
  for (const r of risks)
    for (const id of [...r.risk.scenario.lost, ...r.risk.scenario.compromised, r.risk.organisation ?? ""]) if (id) ids.add(id);
  const nodes = await getNodes(db, [...ids]);
  const name = (id: string): string => String(nodes.get(id)?.props.name ?? id);
  const sorted = [...risks].sort((a, b) => b.assessment.inherentRating - a.assessment.inherentRating || a.risk.id.localeCompare(b.risk.id));
  return { head: COLUMNS.map((c) => c.head), rows: sorted.map((r) => COLUMNS.map((c) => c.value(r, name))) };
}
