import { readFileSync } from "node:fs";
import { commandLineActor } from "../audit/actors.js";
import { importGraph } from "../import/import-graph.js";
import { DocumentBytes } from "../model/validate-off-thread.js";
import { commandLine, exitWithUsage } from "./command-line.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage: npm run import -- FILE [--replace]
  Imports an interchange document. Without --replace it merges by id; with it, the whole
  graph is replaced. A document that breaks a rule is refused whole and nothing is written.`;

async function main(): Promise<void> {
  const { values, positionals } = commandLine(USAGE, { options: { replace: { type: "boolean", default: false } }, allowPositionals: true });
  const [file, ...extra] = positionals;
  if (!file || extra.length) exitWithUsage(USAGE);
  let raw: DocumentBytes;
  try {
    // Read as bytes: they are parsed and checked in a worker thread, as large as Node can parse.
    raw = new DocumentBytes(readFileSync(file));
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${e instanceof Error ? e.message : e}`);
  }
  const mode = values.replace ? "REPLACE" : "MERGE";
  const started = performance.now();
  const counts = await withDatabase((db) => importGraph(db, raw, mode, commandLineActor()));
  const secs = (performance.now() - started) / 1000;
  console.log(`Imported ${file} (${mode}): ${counts.nodes} nodes, ${counts.relationships} relationships in ${secs.toFixed(1)} s.`);
}

main().catch(reportFailure);
