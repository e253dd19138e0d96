import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { BoardReport } from "./board-report.js";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const whole = (n: number): string => Math.round(n).toLocaleString("en-GB");

/** Lays text out top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage;
  private y = A4[1] - MARGIN;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
  }
  line(text: string, size = 10, strong = false): void {
    const font = strong ? this.bold : this.font;
    for (const part of wrap(text, font, size, A4[0] - 2 * MARGIN)) {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.page.drawText(part, { x: MARGIN, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * 1.45;
    }
  }
  gap(): void {
    this.y -= 8;
  }
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of text.replace(/[^\x20-\x7E£→]/g, " ").replace(/→/g, "->").split(" ")) {
    const next = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && current) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current) out.push(current);
  return out.length ? out : [""];
}

/** The board report as a PDF made by the product (standard fonts, no external resources). */
export async function boardReportPdf(r: BoardReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle("Board report: critical systems and patient harm");
  const w = new Writer(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  w.line("Board report: critical systems and patient harm", 16, true);
  w.line(`Made ${r.generatedAt.slice(0, 16).replace("T", " ")} UTC from graph version ${r.graphVersion}.`, 9);
  w.gap();
  w.line("Top risks", 13, true);
  if (!r.topRisks.length) w.line("The register holds no open risk.");
  r.topRisks.forEach((k, i) =>
    w.line(`${i + 1}. ${k.title}: residual rating ${k.residualRating} (inherent ${k.inherentRating}, consequence ${k.consequence}); owner ${k.owner}${k.overdue ? "; review overdue" : ""}.`),
  );
  w.gap();
  w.line("What to protect first (harm to patients over 24 hours)", 13, true);
  for (const a of r.topAssets) {
    w.line(`${a.rank}. ${a.name} (${[a.kind, a.organisation].filter(Boolean).join(", ")}): ${whole(a.score)} weighted patients (${whole(a.availabilityHarm)} from care lost, ${whole(a.confidentialityHarm)} from data exposed).`);
  }
  w.gap();
  w.line("Open risks by likelihood and consequence", 13, true);
  const counted = r.heatMap.filter((c) => c.count > 0);
  if (!counted.length) w.line("No open risks.");
  for (const c of counted) w.line(`${c.count} risk${c.count === 1 ? "" : "s"}: likelihood ${c.likelihood.replace("_", " ").toLowerCase()}, consequence ${c.consequence.toLowerCase()}.`);
  if (r.changes) {
    w.gap();
    w.line(`What moved since ${r.since}`, 13, true);
    for (const c of r.changes) w.line(c);
  }
  w.gap();
  w.line("Audit trail", 13, true);
  if (r.auditHead) {
    w.line(`Verified up to event ${r.auditHead.seq} on ${r.auditHead.at.slice(0, 16).replace("T", " ")} UTC; that event's hash:`, 9);
    w.line(r.auditHead.hash, 9);
    w.line("Keep this page: verifyAuditChain(knownHead) says whether the trail still holds that event unchanged.", 9);
  } else w.line("The audit chain has not been verified yet.", 9);
  return doc.save({ useObjectStreams: false });
}
