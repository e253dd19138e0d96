import { rmSync } from "node:fs";
import { AnalysisService } from "../../server/analysis/analysis.js";
import { Database } from "../../server/graph/database.js";
import { clearGraphInBatches } from "../../server/graph/bulk-load.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";
import { importRequest } from "../../server/import/import-request.js";
import { countChanges } from "../../server/model-change/apply.js";
import { runChange } from "../../server/model-change/run-change.js";
import { startEmbedded } from "../../server/neo4j/embedded.js";
import { createRng } from "../../seed/generator/rng.js";
import { freePort } from "../support/free-port.js";

export interface ImportFigures {
  rows: number;
  csvBytes: number;
  nodesMs: number;
  previewMs: number;
  effectMs: number;
  applyMs: number;
}

const ACTOR = { name: "benchmark", role: "ADMIN" };

/**
 * A 100,000-row dependency sheet through the product's own import (importModel's code path):
 * on an organisation of 2,000 care services and 20,000 systems loaded first, the sheet is
 * previewed (change set, then effect) and then imported, each timed from the CSV text.
 */
export async function importBench(log: (l: string) => void, rows: number): Promise<ImportFigures> {
  const dataDir = ".data/bench-import";
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startEmbedded({ dataDir, boltPort: await freePort(), heapMb: 2048, pageCacheMb: 1024, log });
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  let analysis: AnalysisService | null = null;
  try {
    await ensureSchema(db);
    await clearGraphInBatches(db);
    const services = 2_000;
    const systems = 20_000;
    const lines = (head: string, body: string[]): string => [head, ...body].join("\n");
    const nodeFiles = [
      { name: "organisations.csv", content: lines("id,name,type", ["org-bench,Bench Trust,ACUTE_TRUST"]) },
      {
        name: "services.csv",
        content: lines(
          "id,name,organisation,severity,patientsPerDay",
          Array.from({ length: services }, (_, i) => `svc-${i},Service ${i},org-bench,MAJOR,${50 + (i % 200)}`),
        ),
      },
      {
        name: "systems.csv",
        content: lines(
          "id,name,organisation,kind",
          Array.from({ length: systems }, (_, i) => `sys-${i},System ${i},org-bench,APPLICATION`),
        ),
      },
    ];
    // The engine's jobs run inline: the bench's Node runs with --expose-gc, which worker threads refuse.
    analysis = new AnalysisService(db, { threads: 0, maxJobs: 8 });
    let t = performance.now();
    await runChange(db, analysis, await importRequest({ files: nodeFiles }), ACTOR, false);
    const nodesMs = performance.now() - t;
    log(`Loaded ${services + systems + 1} nodes through the import in ${(nodesMs / 1000).toFixed(1)} s.`);

    // As trusts' estates are layered: services on applications (sys-0 … sys-1999), applications
    // on infrastructure (the rest), infrastructure on nothing.
    const apps = 2_000;
    const rng = createRng(7).next;
    const seen = new Set<string>();
    const deps: string[] = [];
    while (deps.length < rows) {
      const fromService = deps.length < services * 5;
      const from = fromService ? `svc-${Math.floor(rng() * services)}` : `sys-${Math.floor(rng() * apps)}`;
      const to = fromService ? `sys-${Math.floor(rng() * apps)}` : `sys-${apps + Math.floor(rng() * (systems - apps))}`;
      const key = `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      deps.push(rng() < 0.2 ? `${from},${to},DEGRADES,0.5` : `${from},${to},FAILS,`);
    }
    const sheet = { name: "dependencies.csv", content: lines("from,to,effect,capacity", deps) };
    await analysis.graphs.live();

    t = performance.now();
    const preview = await runChange(db, analysis, await importRequest({ files: [sheet] }), ACTOR, true);
    const previewMs = performance.now() - t;
    log(
      `Previewed ${rows.toLocaleString("en-GB")} rows: change set in ${(previewMs / 1000).toFixed(1)} s (+${countChanges(preview).relationshipsAdded} dependencies).`,
    );
    t = performance.now();
    await preview.effect();
    const effectMs = performance.now() - t;
    log(`Effect (ranking before and after, single points of failure, risks) in ${(effectMs / 1000).toFixed(1)} s.`);

    t = performance.now();
    const applied = await runChange(db, analysis, await importRequest({ files: [sheet] }), ACTOR, false);
    const applyMs = performance.now() - t;
    log(`Imported them in ${(applyMs / 1000).toFixed(1)} s (graph version ${applied.graphVersion}).`);
    return { rows, csvBytes: Buffer.byteLength(sheet.content), nodesMs, previewMs, effectMs, applyMs };
  } finally {
    await analysis?.close();
    await db.close();
    await neo4j.stop();
  }
}
