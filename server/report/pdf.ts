import { createRequire } from "node:module";
import PdfPrinter from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { LIKELIHOODS, SEVERITIES } from "../model/vocabulary.js";
import { dateEnGb, plain, timeEnGb } from "../model/plain-words.js";
import { whole, type BoardReport } from "./board-report.js";
import { roughly } from "../model/people-words.js";
import { band, BAND_KEY, CARE_COLOUR as CARE, DATA_COLOUR as DATA, WEIGHTED_PATIENTS } from "./key.js";

// Roboto, as pdfmake ships it: every name prints as written, accents and Welsh letters included.
const vfs = createRequire(import.meta.url)("pdfmake/build/vfs_fonts.js") as Record<string, string>;
const font = (file: string): Buffer => Buffer.from(vfs[file]!, "base64");
const printer = new PdfPrinter({
  Roboto: {
    normal: font("Roboto-Regular.ttf"),
    bold: font("Roboto-Medium.ttf"),
    italics: font("Roboto-Italic.ttf"),
    bolditalics: font("Roboto-MediumItalic.ttf"),
  },
});

const words = plain;

/**
 * Likelihood down the side (most likely at the top), consequence along the bottom, each cell in
 * its band's colour with its count and the band's name, so the grid reads without colour too.
 */
function heatMap(r: BoardReport): Content {
  const count = new Map(r.heatMap.map((c) => [`${c.likelihood}|${c.consequence}`, c.count]));
  const rows: TableCell[][] = [...LIKELIHOODS].reverse().map((l) => [
    { text: words(l), style: "axis" },
    ...SEVERITIES.map((c): TableCell => {
      const n = count.get(`${l}|${c}`) ?? 0;
      const b = band(l, c);
      return {
        text: [
          { text: n ? `${n}\n` : "\n", bold: true, fontSize: 11 },
          { text: b.name, fontSize: 6, color: "#333333" },
        ],
        fillColor: b.fill,
        alignment: "center",
      };
    }),
  ]);
  rows.unshift([{ text: "Likelihood", style: "axis", bold: true }, { text: "", colSpan: 5 }, {}, {}, {}, {}]);
  rows.push([{ text: "" }, ...SEVERITIES.map((c): TableCell => ({ text: words(c), style: "axis", alignment: "center" }))]);
  rows.push([{ text: "" }, { text: "Consequence", style: "axis", bold: true, alignment: "center", colSpan: 5 }, {}, {}, {}, {}]);
  return {
    table: { widths: [70, 60, 60, 60, 60, 60], body: rows },
    layout: { hLineColor: "#ffffff", vLineColor: "#ffffff" },
    margin: [0, 4, 0, 4],
  };
}

/** The top assets as bars of weighted patients, care lost and data exposed side by side in one bar, each with its people beneath its name. */
function assetBars(r: BoardReport): Content {
  const most = Math.max(1, ...r.topAssets.map((a) => a.score));
  const width = 250;
  return {
    table: {
      widths: [200, width, 60],
      body: r.topAssets.map((a): TableCell[] => {
        const care = (a.availabilityHarm / most) * width;
        const data = (a.confidentialityHarm / most) * width;
        return [
          {
            text: [
              `${a.rank}. ${a.name}`,
              { text: ` ${[a.kind, a.organisation].filter(Boolean).join(", ")}`, style: "muted" },
              { text: `\n${roughly(a.people.patientsDisruptedPerDay)} patients a day, ${roughly(a.people.recordsExposed)} records` },
            ],
            fontSize: 8,
          },
          {
            canvas: [
              { type: "rect", x: 0, y: 2, w: Math.max(care, 0.5), h: 8, color: CARE },
              ...(data > 0 ? [{ type: "rect" as const, x: care, y: 2, w: data, h: 8, color: DATA }] : []),
            ],
          },
          { text: whole(a.score), fontSize: 8, alignment: "right" },
        ];
      }),
    },
    layout: "noBorders",
  };
}

function definition(r: BoardReport): TDocumentDefinitions {
  const moved: Content = r.changes ? [{ text: `What moved since ${r.since}`, style: "h2" }, { ul: r.changes }] : [];
  const audit: Content = r.auditHead
    ? [
        {
          text: `Verified up to event ${r.auditHead.seq} on ${timeEnGb(r.auditHead.at)} UTC; that event's hash:`,
          fontSize: 9,
        },
        { text: r.auditHead.hash, fontSize: 8, font: "Roboto" },
        ...(r.auditHead.signature
          ? [{ text: `Signed with the audit key, outside the database: ${r.auditHead.signature}`, fontSize: 8 }]
          : []),
        {
          text: "Keep this page: the audit trail's check, given this hash, says whether the trail still holds that event unchanged.",
          fontSize: 9,
        },
      ]
    : [{ text: "The audit chain has not been verified yet.", fontSize: 9 }];
  return {
    info: { title: "Board report: critical systems and patient harm", creator: "Critical-systems impact map" },
    pageSize: "A4",
    pageMargins: [45, 45, 45, 50],
    footer: (page, pages) => ({
      text: `Board report, ${dateEnGb(r.generatedAt)}: page ${page} of ${pages}`,
      alignment: "center",
      fontSize: 8,
      color: "#555555",
    }),
    content: [
      { text: "Board report: critical systems and patient harm", style: "h1" },
      { text: `Made ${timeEnGb(r.generatedAt)} UTC from model version ${r.graphVersion}.`, style: "muted" },
      { text: r.summary, margin: [0, 8, 0, 4] },
      { text: WEIGHTED_PATIENTS, style: "muted" },
      { text: "Top risks", style: "h2" },
      r.topRisks.length
        ? {
            ol: r.topRisks.map(
              (k) =>
                `${k.title}: residual rating ${k.residualRating} (inherent ${k.inherentRating}, consequence ${k.consequence}); owner ${k.owner}${k.overdue ? "; review overdue" : ""}.`,
            ),
          }
        : { text: "The register holds no open risk." },
      { text: "Decisions for the board", style: "h2" },
      r.decisions.length
        ? { ul: r.decisions.map((d) => `${d.title} (owner ${d.owner}): ${d.detail}`) }
        : { text: "No acceptance waits for a decision, none has lapsed or expires soon, and no review is overdue." },
      { text: "Open risks by likelihood and consequence", style: "h2" },
      heatMap(r),
      {
        text: `Each cell counts the open risks at that likelihood and consequence before controls (inherent rating). The NHS clinical risk matrix (DCB0160): ${BAND_KEY.map((k) => `${k.colour}, rating ${k.ratings}, ${k.name}`).join("; ")}.`,
        style: "muted",
      },
      { text: "What to protect first (harm to patients over 24 hours)", style: "h2" },
      {
        text: [{ text: "■ ", color: CARE }, "care lost   ", { text: "■ ", color: DATA }, "data exposed"],
        style: "muted",
      },
      assetBars(r),
      moved,
      { text: "Audit trail", style: "h2" },
      audit,
    ],
    styles: {
      h1: { fontSize: 17, bold: true },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      muted: { fontSize: 8, color: "#555555" },
      axis: { fontSize: 8, color: "#333333" },
    },
    defaultStyle: { font: "Roboto", fontSize: 10 },
  };
}

/** The board report as a PDF laid out by pdfmake: no external resources, fonts embedded. */
export function boardReportPdf(r: BoardReport): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = printer.createPdfKitDocument(definition(r));
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.end();
  });
}
