import { Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { LimitExceeded, type TableBudget, type UploadLimits } from "./upload-limits.js";
import { Unreadable, type Cell } from "./tables.js";

/** A row past this is no spreadsheet's: refused before csv-parse holds it whole. */
const MAX_ROW_BYTES = 1024 * 1024;

/** The text in slices, so the parser works through it as a stream and can stop at a cap. */
function* slices(text: string, size = 1 << 16): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/**
 * A CSV file's rows (RFC 4180 quoting, a byte-order mark allowed), streamed through csv-parse
 * and counted against the import's budget as they come: the text's size is checked first.
 */
export async function csvRows(
  text: string,
  limits: UploadLimits,
  budget: TableBudget,
  row: (cells: Cell[]) => void | Promise<void>,
): Promise<void> {
  if (Buffer.byteLength(text) > limits.unzippedBytes) throw new LimitExceeded("unzippedBytes");
  const parser = Readable.from(slices(text)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, max_record_size: MAX_ROW_BYTES }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      budget.take(record.length);
      await row(record);
    }
  } catch (e) {
    throw e instanceof CsvError ? new Unreadable(csvProblem(e)) : e;
  } finally {
    parser.destroy();
  }
}

/** csv-parse's error in the product's words, with the line it was found at. */
function csvProblem(e: CsvError): string {
  const line = typeof e.lines === "number" ? ` (line ${e.lines})` : "";
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `a quoted cell is never closed${line}`;
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return `a quote is out of place: quote a whole cell, and double a quote inside one${line}`;
    case "CSV_MAX_RECORD_SIZE":
      return `a row is longer than ${MAX_ROW_BYTES / 1024 / 1024} MiB${line}`;
    default:
      return `it is not CSV${line}`;
  }
}
