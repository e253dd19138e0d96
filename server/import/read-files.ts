import { csvRows } from "./csv-rows.js";
import { Unreadable, type Cell } from "./tables.js";
import { LimitExceeded, TableBudget, type LimitName, type UploadLimits } from "./upload-limits.js";
import { xlsxSheets } from "./xlsx-rows.js";
import { readZip } from "./zip-entries.js";

/** A CSV's text, or an XLSX workbook as base64 (as the API and the command line carry it). */
export interface SheetFile {
  name: string;
  format: "CSV" | "XLSX";
  content: string;
}

/** Where the tables go as they are read: to the main thread in batches, or straight to the caller. */
export interface TableSink {
  /** Reading of file `file` begins (a thread that dies meanwhile names it). */
  start(file: number): void;
  table(file: number, where: string, name: string): void;
  /** A promise when the sink wants the reading to wait until it has taken in what it was sent. */
  row(cells: Cell[]): void | Promise<void>;
  unreadable(file: number, message: string): void;
  /** The import is refused: `file` took it past `limit`. Nothing after it is read. */
  limit(file: number, limit: LimitName): void;
}

const NOT_READ = { CSV: "it is not CSV", XLSX: "it is not an XLSX workbook (its parts are not valid spreadsheet XML)" } as const;

/**
 * Reads CSV files and XLSX workbooks one after another, counting their rows and cells against
 * one budget, into `sink`. A file that does not read is a problem of its own, in the product's
 * words; past a limit the rest is not read.
 */
export async function readFiles(files: readonly SheetFile[], limits: UploadLimits, sink: TableSink): Promise<void> {
  const budget = new TableBudget(limits);
  for (const [i, f] of files.entries()) {
    sink.start(i);
    try {
      if (f.format === "CSV") {
        sink.table(i, f.name, f.name);
        await csvRows(f.content, limits, budget, (cells) => sink.row(cells));
        continue;
      }
      // Base64 is four bytes for every three: a file past the limit is refused before it is decoded.
      if (f.content.length * 0.75 > limits.unzippedBytes) throw new LimitExceeded("unzippedBytes");
      const zip = await readZip(Buffer.from(f.content, "base64"), limits);
      try {
        for (const sheet of await xlsxSheets(zip, budget)) {
          sink.table(i, `${f.name}, sheet ${sheet.name}`, sheet.name);
          await sheet.rows((cells) => sink.row(cells));
        }
      } finally {
        zip.close();
      }
    } catch (e) {
      if (e instanceof LimitExceeded) return sink.limit(i, e.limit);
      sink.unreadable(i, e instanceof Unreadable ? e.message : NOT_READ[f.format]);
    }
  }
}
