import { clearGraphInBatches, inParallel, loadNodes, loadRelationships, markGraphChanged } from "../../server/graph/bulk-load.js";
import { fmt, Progress } from "../../server/cli/progress.js";
import { reportFailure, withDatabase } from "../../server/cli/with-database.js";
import { generateScale, planScale, SCALES, type Scale } from "./generate.js";

const USAGE = `usage: npm run seed:generate -- --scale trust|ics|national [--seed N] [--keep] [--concurrency N]
  Generates a synthetic estate and streams it into Neo4j, replacing the dependency graph
  (tokens, register and audit are kept). --keep adds to the graph instead; ids must not clash.
  Nodes go in first, then relationships, each in up to --concurrency (default 4) transactions at once.
  trust     one large acute trust          (~17 thousand nodes)
  ics       one integrated care system     (~57 thousand nodes)
  national  the whole of England           (~2.3 million nodes, ~7.4 million relationships)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const scale = option(args, "--scale") as Scale | undefined;
  const seed = Number(option(args, "--seed") ?? 1);
  const concurrency = Number(option(args, "--concurrency") ?? 4);
  if (args.includes("--help") || !scale || !SCALES.includes(scale) || !Number.isInteger(seed) || !(concurrency >= 1 && concurrency <= 16)) {
    console.error(USAGE);
    process.exitCode = args.includes("--help") ? 0 : 2;
    return;
  }
  const plan = planScale(scale, seed);
  console.log(`Generating the ${scale} scale, seed ${seed}: ${fmt(plan.nodes)} nodes and ${fmt(plan.relationships)} relationships.`);
  await withDatabase(async (db) => {
    if (!args.includes("--keep")) {
      let deleted = 0;
      await clearGraphInBatches(db, (n) => {
        deleted = n;
        if (process.stderr.isTTY) process.stderr.write(`\rClearing the graph: ${fmt(n)} nodes deleted `);
      });
      if (deleted) console.log(`${process.stderr.isTTY ? "\n" : ""}Cleared ${fmt(deleted)} nodes.`);
    }
    const progress = new Progress("Loading", plan.nodes + plan.relationships);
    let nodes = 0;
    let relationships = 0;
    // The generator is deterministic and cheap, so the second pass generates the stream again.
    await inParallel(generateScale(scale, seed), concurrency, async (chunk) => {
      const created = await loadNodes(db, chunk);
      nodes += created;
      progress.update(nodes + relationships);
    });
    await inParallel(generateScale(scale, seed), concurrency, async (chunk) => {
      const created = await loadRelationships(db, chunk);
      relationships += created;
      progress.update(nodes + relationships);
    });
    await markGraphChanged(db);
    progress.finish();
    const secs = progress.seconds();
    console.log(
      `Loaded ${fmt(nodes)} nodes and ${fmt(relationships)} relationships in ${secs.toFixed(1)} s: ` +
        `${fmt((nodes + relationships) / secs)} nodes+relationships a second.`,
    );
  }, console.error);
}

main(process.argv.slice(2)).catch(reportFailure);
