import { Worker } from "node:worker_threads";
import pLimit from "p-limit";
import { badInput } from "../base/errors.js";
import { readFiles, type SheetFile, type TableSink } from "./read-files.js";
import type { Cell, Table } from "./tables.js";
import { limitMessage, type LimitName, type UploadLimits } from "./upload-limits.js";

export type TablesIn = { files: SheetFile[]; limits: UploadLimits };
export type TablesOut =
  | { kind: "start"; file: number }
  | { kind: "table"; file: number; where: string; name: string }
  /** Answered "taken" once the rows are in: the thread sends no more before. */
  | { kind: "rows"; rows: Cell[][] }
  | { kind: "unreadable"; file: number; message: string }
  | { kind: "limit"; file: number; limit: LimitName }
  | { kind: "done" };

export interface ReadTables {
  tables: Array<{ file: number; table: Table }>;
  unreadable: Array<{ file: number; message: string }>;
}

/** CSV text up to this is read in place (milliseconds); anything larger, and every workbook, in a thread. */
// Two imports' files are read at once, the rest wait their turn: each thread may hold its whole heap.
const readers = pLimit(2);
const IN_THREAD_BYTES = 1024 * 1024;
// The model's worker boot registers tsx in the thread, as the validating thread's does.
const BOOT = new URL("../model/worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./read-tables-worker.ts", import.meta.url).href;

/**
 * An import's CSV and XLSX files as tables. Workbooks and large CSV files are read in a worker
 * thread of `limits.heapMb` heap, stopped after `limits.timeoutMs`, so the server keeps
 * answering and no file can take its memory; past any limit the import is refused whole
 * (BAD_USER_INPUT naming the file and the limit), and a file that does not read is a problem.
 */
export async function readTables(files: SheetFile[], limits: UploadLimits): Promise<ReadTables> {
  const out: ReadTables = { tables: [], unreadable: [] };
  let exceeded: { file: number; limit: LimitName } | null = null;
  let current = 0;
  const sink: TableSink = {
    start: (file) => (current = file),
    table: (file, where, name) => void out.tables.push({ file, table: { where, name, rows: [] } }),
    row: (cells) => void out.tables.at(-1)!.table.rows.push(cells),
    unreadable: (file, message) => void out.unreadable.push({ file, message }),
    limit: (file, limit) => void (exceeded ??= { file, limit }),
  };
  const small = files.every((f) => f.format === "CSV") && files.reduce((n, f) => n + f.content.length, 0) <= IN_THREAD_BYTES;
  if (small) await readFiles(files, limits, sink);
  else await readers(() => inWorker(files, limits, sink, () => current));
  if (exceeded) {
    const { file, limit } = exceeded as { file: number; limit: LimitName };
    const name = files[file]!.name;
    const message = limitMessage[limit](limits);
    throw badInput(`The import was refused: ${name} ${message}.`, [{ path: name, message, file: name }]);
  }
  // A file that failed part-way leaves no rows behind.
  out.tables = out.tables.filter((t) => !out.unreadable.some((u) => u.file === t.file));
  return out;
}

function inWorker(files: SheetFile[], limits: UploadLimits, sink: TableSink, current: () => number): Promise<void> {
  const data: TablesIn & { entry: string } = { files, limits, entry: ENTRY };
  const worker = new Worker(BOOT, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<void>((resolve, reject) => {
    // Past its time the thread is stopped and the file it was reading is refused.
    timer = setTimeout(() => resolve(sink.limit(current(), "timeoutMs")), limits.timeoutMs);
    worker.on("message", (m: TablesOut) => {
      if (m.kind === "start") sink.start(m.file);
      else if (m.kind === "table") sink.table(m.file, m.where, m.name);
      else if (m.kind === "rows") {
        for (const r of m.rows) void sink.row(r);
        worker.postMessage("taken");
      } else if (m.kind === "unreadable") sink.unreadable(m.file, m.message);
      else if (m.kind === "limit") sink.limit(m.file, m.limit);
      else resolve();
    });
    worker.on("error", (e: Error & { code?: string }) =>
      e.code === "ERR_WORKER_OUT_OF_MEMORY" ? resolve(sink.limit(current(), "heapMb")) : reject(e),
    );
    worker.on("exit", (code) => reject(new Error(`the thread reading the import's files stopped (exit code ${code})`)));
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
