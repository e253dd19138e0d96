import pMap from "p-map";
import { fmt, Progress } from "../../server/cli/progress.js";
import { clearGraphInBatches, loadNodes, loadRelationships, markGraphChanged, recordGenerated } from "../../server/graph/bulk-load.js";
import type { Database } from "../../server/graph/database.js";
import type { InterchangeDocument } from "../../server/model/document.js";
import { appendEvent, type Actor } from "../../server/audit/audit-log.js";
import { GENERATOR_VERSION, generateScale, planScale, type Scale } from "./generate.js";

export interface LoadOptions {
  scale: Scale;
  seed: number;
  concurrency: number;
  /** Add to the graph instead of replacing it. */
  keep: boolean;
  log: (line: string) => void;
  actor: Actor;
}

export interface LoadReport {
  nodes: number;
  relationships: number;
  seconds: number;
  perSecond: number;
}

/**
 * Streams a generated estate into Neo4j: every node first, then every relationship, each pass
 * in chunks run `concurrency` transactions at a time. The generator is deterministic and cheap,
 * so the second pass generates the same stream again rather than holding it.
 */
export async function loadScale(db: Database, o: LoadOptions): Promise<LoadReport> {
  const plan = planScale(o.scale, o.seed);
  o.log(`Generating the ${o.scale} scale, seed ${o.seed}: ${fmt(plan.nodes)} nodes and ${fmt(plan.relationships)} relationships.`);
  await recordGenerated(db, null);
  if (!o.keep) {
    let deleted = 0;
    const clearing = performance.now();
    await clearGraphInBatches(db, (n) => {
      deleted = n;
      const rate = `${fmt(n / ((performance.now() - clearing) / 1000))}/s`;
      if (process.stderr.isTTY) process.stderr.write(`\rClearing the graph: ${fmt(n)} nodes deleted, ${rate} `);
      else if (n % 200_000 === 0) o.log(`Clearing the graph: ${fmt(n)} nodes deleted, ${rate}`);
    });
    if (deleted) o.log(`${process.stderr.isTTY ? "\n" : ""}Cleared ${fmt(deleted)} nodes.`);
  }
  const progress = new Progress("Loading", plan.nodes + plan.relationships);
  let nodes = 0;
  let relationships = 0;
  // p-map reads the generator only as a transaction finishes, so no more than `concurrency`
  // chunks are held at once, and stops at the first failure.
  const pass = (write: (db: Database, chunk: InterchangeDocument) => Promise<number>, count: (created: number) => void) =>
    pMap(
      generateScale(o.scale, o.seed),
      async (chunk) => {
        count(await write(db, chunk));
        progress.update(nodes + relationships);
      },
      { concurrency: o.concurrency },
    );
  await pass(loadNodes, (created) => (nodes += created));
  await pass(loadRelationships, (created) => (relationships += created));
  await markGraphChanged(db);
  if (!o.keep) await recordGenerated(db, { scale: o.scale, seed: o.seed, generator: GENERATOR_VERSION, nodes, relationships });
  // The generator is deterministic, so its scale and seed are enough to rebuild what it wrote.
  await db.write((tx) =>
    appendEvent(tx, o.actor, {
      action: "graph.generate",
      summary: `${o.keep ? "added" : "replaced the graph with"} the generated ${o.scale} estate, seed ${o.seed}`,
      after: { scale: o.scale, seed: o.seed, keep: o.keep, nodes, relationships },
    }),
  );
  progress.finish();
  const seconds = progress.seconds();
  return { nodes, relationships, seconds, perSecond: (nodes + relationships) / seconds };
}
