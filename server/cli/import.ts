import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Analysis } from "../analysis/analysis.js";
import { commandLineActor } from "../audit/actors.js";
import { importGraph } from "../graph/import-graph.js";
import { importRequest } from "../import/import-request.js";
import { countChanges } from "../model-change/apply.js";
import { runChange } from "../model-change/run-change.js";
import { printEffect } from "./print-change.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage: npm run import -- FILE… [--replace | --sync ORG] [--preview] [--cascade] [--mapping FILE]
  Imports interchange documents (.json), CSV files named after their kind (systems.csv,
  dependencies.csv, …), XLSX workbooks with a sheet per kind, and ServiceNow CMDB exports
  (cmdb_ci.csv with cmdb_rel_ci.csv), all as one change. Without options it merges by id.
  --replace    replace the whole graph with one JSON document
  --sync ORG   replace organisation ORG's part: what the files no longer list of it is removed
  --preview    write nothing; print the change set and its effect on the ranking
  --cascade    removing a node removes the relationships others have to it
  --mapping F  a JSON CMDB mapping over the default (docs/modelling.md)
  Anything refused is refused whole, each problem with its file, row and column.`;

const FLAGS = new Set(["--replace", "--preview", "--cascade", "--help"]);
const VALUED = new Set(["--sync", "--mapping"]);

async function main(args: string[]): Promise<void> {
  const files: string[] = [];
  const opts = new Map<string, string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUED.has(a)) opts.set(a, args[++i] ?? "");
    else if (FLAGS.has(a)) opts.set(a, "");
    else if (a.startsWith("--")) unknown.push(a);
    else files.push(a);
  }
  if (!files.length || opts.has("--help") || unknown.length || (opts.has("--replace") && (files.length > 1 || opts.has("--sync") || opts.has("--preview")))) {
    console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const secs = (): string => ((performance.now() - started) / 1000).toFixed(1);
  if (opts.has("--replace")) {
    const raw = parseJson(files[0]!);
    const counts = await withDatabase((db) => importGraph(db, raw, "REPLACE", commandLineActor()));
    console.log(`Imported ${files[0]} (REPLACE): ${counts.nodes} nodes, ${counts.relationships} relationships in ${secs()} s.`);
    return;
  }
  const req = await importRequest({
    files: files.map((f) => ({ name: basename(f), content: /\.xlsx$/i.test(f) ? readFileSync(f).toString("base64") : readFileSync(f, "utf8") })),
    mode: opts.has("--sync") ? "SYNC" : "MERGE",
    organisation: opts.get("--sync") ?? null,
    cascade: opts.has("--cascade"),
    mapping: opts.has("--mapping") ? parseJson(opts.get("--mapping")!) : null,
  });
  const preview = opts.has("--preview");
  await withDatabase(async (db) => {
    const outcome = await runChange(db, new Analysis(db), req, commandLineActor(), preview);
    const c = countChanges(outcome);
    const what = `nodes +${c.nodesAdded} ~${c.nodesChanged} -${c.nodesRemoved}, relationships +${c.relationshipsAdded} ~${c.relationshipsChanged} -${c.relationshipsRemoved}`;
    if (!preview) {
      console.log(`Imported ${files.join(", ")}: ${what} in ${secs()} s (graph version ${outcome.graphVersion}).`);
      return;
    }
    console.log(`Preview of ${files.join(", ")}, nothing written: ${what} (planned in ${secs()} s).`);
    printEffect(await outcome.effect());
    console.log(`Effect computed; ${secs()} s in all.`);
  });
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read ${file} as JSON: ${e instanceof Error ? e.message : e}`);
  }
}

main(process.argv.slice(2)).catch(reportFailure);
