import { parentPort, workerData } from "node:worker_threads";
import { readFiles } from "./read-files.js";
import type { TablesIn, TablesOut } from "./read-tables.js";
import type { Cell } from "./tables.js";

/**
 * Reads an import's CSV and XLSX files off the server's event loop, in a thread of bounded
 * heap, and sends their rows back in batches, each only once the main thread has taken in the
 * last: queued batches would be taken in all at once, holding its event loop.
 */
const BATCH = 2000;
const { files, limits } = workerData as TablesIn;
const port = parentPort!;
const send = (m: TablesOut): void => port.postMessage(m);
let batch: Cell[][] = [];
// Batches sent and not yet answered "taken", and the reading waiting for none to be left.
let unanswered = 0;
let allTaken: (() => void) | null = null;
port.on("message", () => {
  if (--unanswered === 0) allTaken?.();
});
const flush = (): void => {
  if (batch.length) {
    unanswered++;
    send({ kind: "rows", rows: batch });
  }
  batch = [];
};

await readFiles(files, limits, {
  start: (file) => {
    flush();
    send({ kind: "start", file });
  },
  table: (file, where, name) => {
    flush();
    send({ kind: "table", file, where, name });
  },
  row: (cells) => {
    batch.push(cells);
    if (batch.length < BATCH) return;
    flush();
    return new Promise<void>((taken) => (allTaken = taken));
  },
  unreadable: (file, message) => {
    flush();
    send({ kind: "unreadable", file, message });
  },
  limit: (file, limit) => send({ kind: "limit", file, limit }),
});
flush();
send({ kind: "done" });
