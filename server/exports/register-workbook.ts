import ExcelJS from "exceljs";
import type { Database } from "../graph/database.js";
import { getNodes } from "../graph/nodes.js";
import type { AssessedRisk } from "../register/register.js";
import { titleRows } from "./workbook.js";
import { Plain, dateEnGb } from "../model/plain-words.js";

const COLUMNS: Array<{ head: string; width: number; value: (r: AssessedRisk, name: (id: string) => string) => string | number | null }> = [
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

/**
 * The risk register as a workbook: every risk with its scenario named, its inherent and residual
 * ratings (DCB0160, 1-5) and harm, its treatment and review dates, highest rating first. Cells
 * are written as values, never as formulas, so a title beginning with "=" stays text.
 */
export async function registerXlsx(db: Database, risks: readonly AssessedRisk[], at: Date): Promise<Buffer> {
  const ids = new Set<string>();
  for (const r of risks)
    for (const id of [...r.risk.scenario.lost, ...r.risk.scenario.compromised, r.risk.organisation ?? ""]) if (id) ids.add(id);
  const nodes = await getNodes(db, [...ids]);
  const name = (id: string): string => String(nodes.get(id)?.props.name ?? id);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Risk register");
  titleRows(ws, "Risk register", at, [
    "Ratings are read from the NHS clinical risk matrix (DCB0160) by likelihood and consequence: 5 unacceptable, 4 must be controlled, 3 undesirable, 1 and 2 acceptable; the consequence comes from the dependency graph unless overridden.",
    "Harm is in weighted patients: patients whose care is lost in the horizon, weighted by how badly, plus records exposed weighted by sensitivity.",
  ]);
  const head = ws.addRow(COLUMNS.map((c) => c.head));
  head.font = { bold: true };
  const sorted = [...risks].sort((a, b) => b.assessment.inherentRating - a.assessment.inherentRating || a.risk.id.localeCompare(b.risk.id));
  for (const r of sorted) ws.addRow(COLUMNS.map((c) => c.value(r, name))).alignment = { vertical: "top", wrapText: true };
  ws.columns.forEach((c, i) => (c.width = COLUMNS[i]!.width));
  ws.views = [{ state: "frozen", ySplit: head.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
