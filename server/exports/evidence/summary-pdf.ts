import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { enGb } from "../../report/en-gb.js";
import { renderPdf } from "../../report/pdf-printer.js";
import { longSection, note, table } from "../../report/pdf/parts.js";
import type { EvidenceSheet } from "./workbook.js";

/** How many rows of each sheet the summary shows, and which columns. */
const SHOWN = 5;
const KEY_COLUMNS: Record<string, number[]> = {
  "A3.a Assets": [0, 1, 2, 8],
  "A4 Suppliers": [0, 3, 5, 9],
  "B5.a Restore order": [0, 2, 3, 7],
  "D1 Exercises": [0, 3, 6, 8],
};

function sheetSummary(s: EvidenceSheet): Content {
  const cols = KEY_COLUMNS[s.name] ?? [0, 1, 2];
  // A long list is cut in the summary; the workbook holds it whole.
  const cell = (v: string | number | null): string => {
    const text = v === null ? "" : String(v).replace(/\n/g, "; ");
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  };
  return longSection(
    s.title,
    note(s.notes.join(" ")),
    {
      text: `${s.rows.length} row${s.rows.length === 1 ? "" : "s"} in the sheet "${s.name}"${s.rows.length > SHOWN ? `; the first ${SHOWN}:` : ":"}`,
      margin: [0, 4, 0, 2],
    },
    table(
      cols.map((_, k) => (k === 0 ? 150 : "*")),
      cols.map((c) => s.columns[c]!),
      s.rows.slice(0, SHOWN).map((r) => cols.map((c) => cell(r[c] ?? null))),
    ),
  );
}

/** The pack's PDF summary: each outcome with what its sheet holds and its first rows, marked OFFICIAL-SENSITIVE. */
export function evidenceSummaryPdf(organisation: string, sheets: readonly EvidenceSheet[], at: Date): Promise<Uint8Array> {
  const marking = "OFFICIAL-SENSITIVE";
  const definition: TDocumentDefinitions = {
    info: {
      title: `Data Security and Protection Toolkit evidence: ${organisation}`,
      creator: "Critical-systems impact map",
      subject: marking,
    },
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [40, 50, 40, 55],
    header: () => ({ text: marking, alignment: "center", fontSize: 9, bold: true, margin: [0, 18, 0, 0] }),
    footer: (page, pages) => ({
      stack: [
        { text: `DSPT evidence for ${organisation}, ${enGb(at.toISOString())}: page ${page} of ${pages}`, fontSize: 8, color: "#555555" },
        { text: marking, fontSize: 9, bold: true },
      ],
      alignment: "center",
    }),
    content: [
      { text: `Data Security and Protection Toolkit evidence: ${organisation}`, style: "h1" },
      note(
        `Made on ${enGb(at.toISOString())} from the dependency graph and the risk register. The workbook holds every row; this summary shows what each sheet is for and its first rows.`,
      ),
      ...sheets.map(sheetSummary),
    ],
    pageBreakBefore: (node, following) => node.headlineLevel === 1 && following.length === 0,
    styles: {
      h1: { fontSize: 16, bold: true },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      muted: { fontSize: 8, color: "#555555" },
    },
    defaultStyle: { font: "Roboto", fontSize: 9 },
  };
  return renderPdf(definition);
}
