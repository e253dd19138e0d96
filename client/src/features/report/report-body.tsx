import type { ComponentType } from "react";
import type { BoardReport } from "../../../../server/report/board-report.js";
import { timeEnGb } from "../../../../server/model/date-words.js";
import { WEIGHTED_PATIENTS } from "../../../../server/report/key.js";
import { AssetBars } from "./asset-bars.js";
import { Decisions, RiskMatrix, TopRisks } from "./sections/risk-sections.js";
import { Breaches, SinglePoints, Suppliers } from "./sections/resilience-sections.js";
import { AuditHead, Changes, Completeness } from "./sections/record-sections.js";

function TopAssets({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="protect">
      <h3 id="protect">Top ten assets to protect (harm to patients over 24 hours)</h3>
      <AssetBars assets={report.topAssets} />
    </section>
  );
}

/** The sections in the order the PDF prints them, people first: one more is one more entry. */
const SECTIONS: ReadonlyArray<ComponentType<{ report: BoardReport }>> = [
  TopAssets,
  TopRisks,
  RiskMatrix,
  Breaches,
  SinglePoints,
  Suppliers,
  Changes,
  Completeness,
  Decisions,
  AuditHead,
];

/** The board report as the PDF lays it out: whose it is and its marking, the people first, then each section. */
export function ReportBody({ report }: { report: BoardReport }) {
  return (
    <article>
      <p className="marking">{report.marking}</p>
      <h3 className="report-title">Board report for {report.coverage.name}</h3>
      <p className="muted">
        Made on {timeEnGb(report.generatedAt)} from model version {report.graphVersion}. Protective marking: {report.marking}.
      </p>
      <p className="summary">{report.summary}</p>
      <p className="muted">{WEIGHTED_PATIENTS}</p>
      {SECTIONS.map((Section, i) => (
        <Section key={i} report={report} />
      ))}
    </article>
  );
}
