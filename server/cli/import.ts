import { readFileSync } from "node:fs";
import { commandLineActor } from "../audit/actors.js";
import { importGraph } from "../import/import-graph.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage: npm run import -- FILE [--replace]
  Imports an interchange document. Without --replace it merges by id; with it, the whole
  graph is replaced. A document that breaks a rule is refused whole and nothing is written.`;

async function main(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--replace" && a !== "--help");
  if (!file || args.includes("--help") || unknown.length) {
    console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    process.exitCode = 2;
    return;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read ${file} as JSON: ${e instanceof Error ? e.message : e}`);
  }
  const mode = args.includes("--replace") ? "REPLACE" : "MERGE";
  const started = performance.now();
  const counts = await withDatabase((db) => importGraph(db, raw, mode, commandLineActor()));
  const secs = (performance.now() - started) / 1000;
  console.log(`Imported ${file} (${mode}): ${counts.nodes} nodes, ${counts.relationships} relationships in ${secs.toFixed(1)} s.`);
}

main(process.argv.slice(2)).catch(reportFailure);
