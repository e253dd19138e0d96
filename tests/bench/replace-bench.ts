import { Database } from "../../server/graph/database.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";
import { startEmbedded } from "../../server/neo4j/embedded.js";
import { freePort } from "../support/free-port.js";
import { clearGraphInBatches } from "../../server/graph/bulk-load.js";
import { importGraph, previewReplace } from "../../server/import/import-graph.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { generateScale } from "../../seed/generator/generate.js";
import { TransactionMemory } from "./transaction-memory.js";

const ACTOR = { name: "benchmark", role: "ADMIN" };

export interface ReplaceFigure {
  nodes: number;
  relationships: number;
  ms: number;
  /** The most memory Neo4j counted against the import's transaction. */
  transactionBytes: number;
}

/**
 * The first slices of the generated national estate, until they hold at least `nodes` nodes.
 * Every reference in a slice points to a node of that slice or an earlier one, so the prefix
 * is a whole, valid document.
 */
export function documentOfSize(nodes: number, seed: number): InterchangeDocument {
  const doc: InterchangeDocument = {
    organisations: [],
    suppliers: [],
    careServices: [],
    systems: [],
    dataStores: [],
    dependencies: [],
    accesses: [],
    administers: [],
  };
  let count = 0;
  for (const chunk of generateScale("national", seed, 500)) {
    for (const key of Object.keys(doc) as Array<keyof InterchangeDocument>) (doc[key] as unknown[]).push(...chunk[key]);
    count +=
      chunk.organisations.length + chunk.suppliers.length + chunk.careServices.length + chunk.systems.length + chunk.dataStores.length;
    if (count >= nodes) break;
  }
  return doc;
}

/**
 * REPLACE of a graph of about `size` nodes by a document of the same size through the
 * product's import (one transaction, validated, audited): the graph is first loaded from one
 * seed, then replaced by the same slice of the next seed, and only the second import is timed.
 */
export async function replaceFigure(db: Database, size: number, seed: number): Promise<ReplaceFigure> {
  await clearGraphInBatches(db);
  await importGraph(db, documentOfSize(size, seed), "REPLACE", ACTOR);
  const next = documentOfSize(size, seed + 1);
  // Another seed's estate removes most of the graph, which the import asks to be confirmed by count.
  const { removed } = await previewReplace(db, next);
  const memory = new TransactionMemory(db);
  const started = performance.now();
  try {
    const counts = await importGraph(db, next, "REPLACE", ACTOR, { confirmRemoval: removed });
    return { nodes: counts.nodes, relationships: counts.relationships, ms: performance.now() - started, transactionBytes: memory.stop() };
  } finally {
    memory.stop();
  }
}

export const REPLACE_SIZES = [10_000, 20_000, 100_000];
/**
 * A whole turnover holds every node and relationship twice in one transaction: Neo4j counted
 * 4.9 GiB against it at 500,000 nodes, close to the 5.6 GiB an 8 GiB heap allows one
 * transaction (docs/performance.md).
 */
export const REPLACE_HEAP_MB = 12_288;

/**
 * REPLACE at each size in a Neo4j of its own (`.data/bench-replace`, emptied first), after one
 * untimed REPLACE at the smallest size so that Neo4j has planned and compiled the statements.
 */
export async function replaceBench(sizes: readonly number[], heapMb: number, log: (l: string) => void): Promise<ReplaceFigure[]> {
  const neo4j = await startEmbedded({ dataDir: ".data/bench-replace", boltPort: await freePort(), heapMb, pageCacheMb: 1024, log });
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  try {
    await ensureSchema(db);
    await replaceFigure(db, sizes[0]!, 1);
    const figures: ReplaceFigure[] = [];
    for (const size of sizes) {
      const f = await replaceFigure(db, size, 1);
      log(`REPLACE of ${f.nodes.toLocaleString("en-GB")} nodes over as many: ${(f.ms / 1000).toFixed(1)} s`);
      figures.push(f);
    }
    return figures;
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

/** One line a size: time, time a node, and that against the smallest size (1.0: linear). */
export function replaceLines(figures: readonly ReplaceFigure[]): string[] {
  const perNode = (f: ReplaceFigure): number => f.ms / f.nodes;
  const base = figures[0] ? perNode(figures[0]) : Number.NaN;
  return figures.map(
    (f) =>
      `  REPLACE ${f.nodes.toLocaleString("en-GB").padStart(7)} nodes, ${f.relationships.toLocaleString("en-GB").padStart(7)} rels   ${(f.ms / 1000).toFixed(1)} s, ${perNode(f).toFixed(2)} ms a node, ${(perNode(f) / base).toFixed(2)}× the smallest size's time a node; transaction memory ${(f.transactionBytes / 2 ** 20).toFixed(0)} MiB`,
  );
}
