import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import yazl from "yazl";

/** A real workbook's entries, as ExcelJS writes them, by name. */
export async function workbookEntries(sheets: Record<string, unknown[][]>): Promise<Map<string, Buffer>> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const zip = await yauzl.fromBufferPromise(Buffer.from(await wb.xlsx.writeBuffer()), { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (e: yauzl.Entry) => {
      zip
        .openReadStreamPromise(e)
        .then(buffer)
        // Folders are not needed: yazl makes them from the names.
        .then((data) => (e.fileName.endsWith("/") || entries.set(e.fileName, data)) && zip.readEntry(), reject);
    });
    zip.once("end", resolve);
    zip.once("error", reject);
    zip.readEntry();
  });
  return entries;
}

/** Entries zipped with yazl, deflated at the highest level: a sheet of one repeated byte shrinks a thousandfold. */
export async function zipOf(entries: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name, { compressionLevel: 9 });
  zip.end();
  const parts: Buffer[] = [];
  for await (const chunk of zip.outputStream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** A sheet whose one cell holds `bytes` bytes of "A": it compresses to about a thousandth. */
export function giantCellSheet(bytes: number): Buffer {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
  return Buffer.concat([Buffer.from(head), Buffer.alloc(bytes, "A"), Buffer.from("</t></is></c></row></sheetData></worksheet>")]);
}

/**
 * The zip with `name`'s uncompressed size rewritten to `bytes` in its local header and the
 * central directory: an archive that lies about what it expands to.
 */
export function declaringSize(zip: Buffer, name: string, bytes: number): Buffer {
  const out = Buffer.from(zip);
  for (const [signature, sizeAt, nameLengthAt, nameAt] of [
    [0x04034b50, 22, 26, 30],
    [0x02014b50, 24, 28, 46],
  ] as const) {
    for (let i = 0; i + nameAt < out.length; i++) {
      if (out.readUInt32LE(i) !== signature) continue;
      const length = out.readUInt16LE(i + nameLengthAt);
      if (out.toString("utf8", i + nameAt, i + nameAt + length) === name) out.writeUInt32LE(bytes, i + sizeAt);
    }
  }
  return out;
}
