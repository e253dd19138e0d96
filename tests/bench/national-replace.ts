import { Database } from "../../server/graph/database.js";
import { readGenerated } from "../../server/graph/bulk-load.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";
import { importGraph } from "../../server/import/import-graph.js";
import { readJsonObjectFile } from "../../server/import/read-json-file.js";
import { StreamedDocument } from "../../server/model-change/validate-off-thread.js";
import { startEmbedded } from "../../server/neo4j/embedded.js";
import { GENERATOR_VERSION } from "../../seed/generator/generate.js";
import { loadScale } from "../../seed/generator/load.js";
import { freePort } from "../support/free-port.js";
import { documentFile } from "./document-file.js";
import { TransactionMemory } from "./transaction-memory.js";

const ACTOR = { name: "benchmark", role: "ADMIN" };
const DIR = ".data/bench-replace-national";
/** One transaction holds every change of the estate; Neo4j keeps a transaction's state on its heap. */
export const NATIONAL_REPLACE_HEAP_MB = 8_192;

export interface NationalReplaceFigures {
  nodes: number;
  relationships: number;
  bytes: number;
  readMs: number;
  checkMs: number;
  writeMs: number;
  peakRss: number;
  /** The most memory Neo4j counted against the import's transaction. */
  transactionBytes: number;
  /** What the import said as each step ended, with the time from the start. */
  steps: string[];
}

/**
 * REPLACE of the whole national estate as `npm run import -- FILE --replace` does it, in a
 * Neo4j of its own (`.data/bench-replace-national`): the graph holds the estate of seed 1
 * (loaded by the generator's loader, or reused), and is replaced by the same estate revised as
 * its owners would send it a year on (revised-estate.ts) from one JSON file: streamed in,
 * checked, its document kept in the audit trail, then the graph written in one transaction.
 * The replaced graph is no longer the generated estate, so the next run loads seed 1 again.
 */
export async function nationalReplaceBench(log: (l: string) => void): Promise<NationalReplaceFigures> {
  const neo4j = await startEmbedded({ dataDir: DIR, boltPort: await freePort(), heapMb: NATIONAL_REPLACE_HEAP_MB, pageCacheMb: 1024, log });
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  try {
    await ensureSchema(db);
    const mark = await readGenerated(db);
    if (mark?.scale === "national" && mark.seed === 1 && mark.generator === GENERATOR_VERSION)
      log("Reusing the national estate of seed 1 already loaded.");
    else await loadScale(db, { scale: "national", seed: 1, concurrency: 6, keep: false, log, actor: ACTOR });
    const file = await documentFile(DIR, "national", 1, log, true);
    log(`REPLACE by ${file.path} (${(file.bytes / 2 ** 20).toFixed(0)} MiB):`);
    const started = performance.now();
    let rss = 0;
    const memory = new TransactionMemory(db);
    const sample = setInterval(() => (rss = Math.max(rss, process.memoryUsage.rss())), 250);
    try {
      const document = new StreamedDocument(await readJsonObjectFile(file.path));
      const readMs = performance.now() - started;
      log(`read in ${(readMs / 1000).toFixed(1)} s`);
      let checkedAt = 0;
      const steps: string[] = [];
      const say = (line: string): void => {
        if (!checkedAt && line.startsWith("Checked")) checkedAt = performance.now();
        steps.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s  ${line}`);
        log(steps.at(-1)!);
      };
      const counts = await importGraph(db, document, "REPLACE", ACTOR, { say, timeoutMs: 3 * 3_600_000 });
      const done = performance.now();
      return {
        ...counts,
        bytes: file.bytes,
        readMs,
        checkMs: checkedAt - started - readMs,
        writeMs: done - checkedAt,
        peakRss: rss,
        transactionBytes: memory.stop(),
        steps,
      };
    } finally {
      clearInterval(sample);
      memory.stop();
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
}
