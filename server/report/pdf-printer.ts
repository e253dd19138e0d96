import { createRequire } from "node:module";
import PdfPrinter from "pdfmake";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

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

/** A document laid out by pdfmake: no external resources, fonts embedded. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = printer.createPdfKitDocument(definition);
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.end();
  });
}
