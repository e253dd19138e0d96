import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { AnalysisService } from "../analysis/analysis.js";
import { commandLineActor } from "../audit/actors.js";
import { loadConfig } from "../base/config.js";
import { importGraph, previewReplace } from "../import/import-graph.js";
import { importRequest } from "../import/import-request.js";
import { limitMessage, uploadLimitsOf } from "../import/upload-limits.js";
import { badInput } from "../base/errors.js";
import { countChanges } from "../model-change/apply.js";
import { runChange } from "../model-change/run-change.js";
import { readJsonObjectFile } from "../import/read-json-file.js";
import { StreamedDocument } from "../model-change/validate-off-thread.js";
import { commandLine, exitWithUsage } from "./command-line.js";
import { printEffect } from "./print-change.js";
import { Progress } from "./progress.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage: npm run import -- FILE… [--replace [--confirm-removal N] | --sync ORG] [--preview] [--cascade] [--mapping FILE]
  Imports interchange documents (.json), CSV files named after their kind (systems.csv,
  dependencies.csv, …), XLSX workbooks with a sheet per kind, and ServiceNow CMDB exports
  (cmdb_ci.csv with cmdb_rel_ci.csv), all as one change. Without options it merges by id.
  --replace    replace the whole graph with one JSON document; with --preview, say what it
               would remove. One that removes more than half the graph's nodes needs
               --confirm-removal N, N being the number it removes
  --sync ORG   replace organisation ORG's part: what the files no longer list of it is removed
  --preview    write nothing; print the change set and its effect on the ranking
  --cascade    removing a node removes the relationships others have to it
  --mapping F  a JSON CMDB mapping over the default (docs/modelling.md)
  Anything refused is refused whole, each problem with its file, row and column.`;

async function main(): Promise<void> {
  const { values: o, positionals: files } = commandLine(USAGE, {
    options: {
      replace: { type: "boolean", default: false },
      sync: { type: "string" },
      preview: { type: "boolean", default: false },
      cascade: { type: "boolean", default: false },
      mapping: { type: "string" },
      "confirm-removal": { type: "string" },
    },
    allowPositionals: true,
  });
  const confirm = o["confirm-removal"];
  if (!files.length || (o.replace && (files.length > 1 || o.sync !== undefined || o.cascade || o.mapping !== undefined)))
    exitWithUsage(USAGE);
  if (confirm !== undefined && (!o.replace || !/^\d{1,9}$/.test(confirm))) exitWithUsage(USAGE);
  const started = performance.now();
  const secs = (): string => ((performance.now() - started) / 1000).toFixed(1);
  if (o.replace) {
    // Streamed: a national estate's document is past the longest text Node can parse at once.
    const file = files[0]!;
    const reading = new Progress(`Reading ${file} (bytes)`, size(file));
    const document = new StreamedDocument(await readJsonObjectFile(file, (bytes) => reading.update(bytes)));
    reading.finish();
    const say = (line: string): void => console.error(`${secs().padStart(6)} s  ${line}`);
    if (o.preview) {
      say(`Read ${file}; checking it, writing nothing.`);
      const p = await withDatabase((db) => previewReplace(db, document));
      const confirmLine = p.needsConfirmation ? ` That is more than half the graph: run it with --confirm-removal ${p.removed}.` : "";
      console.log(
        `Preview of ${file} (REPLACE), nothing written: ${p.listed} nodes listed, ${p.kept} of the graph's ${p.total} kept, ${p.removed} removed.${confirmLine}`,
      );
      return;
    }
    say(`Read ${file}; checking it, then replacing the graph in one transaction.`);
    const options = {
      say,
      timeoutMs: loadConfig().IMPORT_TIMEOUT_MINUTES * 60_000,
      confirmRemoval: confirm === undefined ? null : Number(confirm),
    };
    const counts = await withDatabase((db) => importGraph(db, document, "REPLACE", commandLineActor(), options));
    console.log(`Imported ${file} (REPLACE): ${counts.nodes} nodes, ${counts.relationships} relationships in ${secs()} s.`);
    return;
  }
  const limits = uploadLimitsOf(loadConfig());
  // A file past the limit is refused before it is read: it may be past what Node can hold as text.
  const tooLarge = files.find((f) => /\.(csv|xlsx)$/i.test(f) && size(f) > limits.unzippedBytes);
  if (tooLarge) throw badInput(`The import was refused: ${basename(tooLarge)} ${limitMessage.unzippedBytes(limits)}.`);
  const req = await importRequest(
    {
      files: files.map((f) => ({ name: basename(f), content: /\.xlsx$/i.test(f) ? read(f).toString("base64") : read(f).toString("utf8") })),
      mode: o.sync !== undefined ? "SYNC" : "MERGE",
      organisation: o.sync ?? null,
      cascade: o.cascade,
      mapping: o.mapping !== undefined ? JSON.parse(read(o.mapping).toString("utf8")) : null,
    },
    limits,
  );
  await withDatabase(async (db) => {
    const analysis = new AnalysisService(db);
    try {
      const outcome = await runChange(db, analysis, req, commandLineActor(), o.preview);
      const c = countChanges(outcome);
      const what = `nodes +${c.nodesAdded} ~${c.nodesChanged} -${c.nodesRemoved}, relationships +${c.relationshipsAdded} ~${c.relationshipsChanged} -${c.relationshipsRemoved}`;
      if (!o.preview) {
        console.log(`Imported ${files.join(", ")}: ${what} in ${secs()} s (graph version ${outcome.graphVersion}).`);
        return;
      }
      console.log(`Preview of ${files.join(", ")}, nothing written: ${what} (planned in ${secs()} s).`);
      printEffect(await outcome.effect());
      console.log(`Effect computed; ${secs()} s in all.`);
    } finally {
      await analysis.close();
    }
  });
}

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${e instanceof Error ? e.message : e}`);
  }
}

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${e instanceof Error ? e.message : e}`);
  }
}

main().catch(reportFailure);
