import { renderPdf } from "./pdf-printer.js";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { BoardReport } from "./board-report.js";
import { enGb } from "./en-gb.js";
import { head } from "./pdf/head.js";
import { topAssets } from "./pdf/top-assets.js";
import { decisions, heatMap, topRisks } from "./pdf/risks.js";
import { breaches, singlePoints, suppliers } from "./pdf/resilience.js";
import { audit, changes, completeness } from "./pdf/record.js";
import { budget } from "./pdf/budget.js";

/** The report's sections in the order printed, people first: one more is one more entry. */
const SECTIONS: ReadonlyArray<(r: BoardReport) => Content> = [
  head,
  topAssets,
  topRisks,
  heatMap,
  breaches,
  singlePoints,
  suppliers,
  changes,
  completeness,
  decisions,
  budget,
  audit,
];

function definition(r: BoardReport): TDocumentDefinitions {
  const marking = {
    text: r.marking,
    alignment: "center" as const,
    fontSize: 9,
    bold: true,
    margin: [0, 18, 0, 0] as [number, number, number, number],
  };
  return {
    info: { title: `Board report for ${r.coverage.name}`, creator: "Critical-systems impact map", subject: r.marking },
    pageSize: "A4",
    pageMargins: [45, 50, 45, 55],
    header: () => marking,
    footer: (page, pages) => ({
      stack: [
        { text: `Board report for ${r.coverage.name}, ${enGb(r.generatedAt)}: page ${page} of ${pages}`, fontSize: 8, color: "#555555" },
        { text: r.marking, fontSize: 9, bold: true },
      ],
      alignment: "center",
    }),
    content: SECTIONS.map((s) => s(r)),
    // A heading never ends a page: it moves to the next with what follows it.
    pageBreakBefore: (node, following) => node.headlineLevel === 1 && following.length === 0,
    styles: {
      h1: { fontSize: 16, bold: true },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      muted: { fontSize: 8, color: "#555555" },
      axis: { fontSize: 8, color: "#333333" },
    },
    defaultStyle: { font: "Roboto", fontSize: 10 },
  };
}

/** The board report as a PDF laid out by pdfmake: no external resources, fonts embedded. */
export const boardReportPdf = (r: BoardReport): Promise<Uint8Array> => renderPdf(definition(r));
