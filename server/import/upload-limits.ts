import type { Config } from "../base/config.js";

/**
 * What one import's CSV and XLSX files may hold, checked before and while they are parsed, so
 * that no upload (a zip bomb, a sheet of a million rows) can take the server's memory or time.
 * The defaults are config.ts's; docs/modelling.md lists them.
 */
export interface UploadLimits {
  /** Bytes one file may hold once unzipped: a CSV's text, an XLSX's entries together or any one of them. */
  unzippedBytes: number;
  /** Entries of an XLSX's zip. */
  zipEntries: number;
  /** Rows of all the import's sheets together (blank rows between data count). */
  rows: number;
  /** Cells of all the import's sheets together. */
  cells: number;
  /** Heap of the thread that parses them. */
  heapMb: number;
  /** Time that thread may take. */
  timeoutMs: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  unzippedBytes: 256 * 1024 * 1024,
  zipEntries: 1000,
  rows: 200_000,
  cells: 2_000_000,
  heapMb: 512,
  timeoutMs: 120_000,
};

export function uploadLimitsOf(c: Config): UploadLimits {
  return {
    unzippedBytes: c.UPLOAD_MAX_UNZIPPED_MB * 1024 * 1024,
    zipEntries: c.UPLOAD_MAX_ZIP_ENTRIES,
    rows: c.UPLOAD_MAX_ROWS,
    cells: c.UPLOAD_MAX_CELLS,
    heapMb: c.UPLOAD_HEAP_MB,
    timeoutMs: c.UPLOAD_TIMEOUT_SECONDS * 1000,
  };
}

const n = (x: number): string => x.toLocaleString("en-GB");
const mib = (bytes: number): string => `${n(Math.round(bytes / 1024 / 1024))} MiB`;

/** Each limit as a file's problem says it, naming the variable that sets it. */
export const limitMessage = {
  unzippedBytes: (l: UploadLimits) => `expands past ${mib(l.unzippedBytes)} (UPLOAD_MAX_UNZIPPED_MB)`,
  zipEntries: (l: UploadLimits) => `holds more than ${n(l.zipEntries)} zip entries (UPLOAD_MAX_ZIP_ENTRIES)`,
  rows: (l: UploadLimits) => `takes the import past ${n(l.rows)} rows (UPLOAD_MAX_ROWS)`,
  cells: (l: UploadLimits) => `takes the import past ${n(l.cells)} cells (UPLOAD_MAX_CELLS)`,
  heapMb: (l: UploadLimits) => `expands past the ${n(l.heapMb)} MiB of memory its reading may use (UPLOAD_HEAP_MB)`,
  timeoutMs: (l: UploadLimits) => `took longer than ${n(l.timeoutMs / 1000)} s to read (UPLOAD_TIMEOUT_SECONDS)`,
} satisfies Record<keyof UploadLimits, (l: UploadLimits) => string>;

export type LimitName = keyof UploadLimits;

/** A file past one of the limits: the import is refused whole, naming the file and the limit. */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    super(limit);
  }
}

/** Rows and cells counted across an import's files as they stream, stopping at the caps. */
export class TableBudget {
  private rows = 0;
  private cells = 0;

  constructor(private readonly limits: UploadLimits) {}

  /** Counts one row of `cells` cells; throws before the row would take the import past a cap. */
  take(cells: number): void {
    if (++this.rows > this.limits.rows) throw new LimitExceeded("rows");
    this.cells += cells;
    if (this.cells > this.limits.cells) throw new LimitExceeded("cells");
  }
}
