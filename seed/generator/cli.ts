import { commandLineActor } from "../../server/audit/actors.js";
import { fmt } from "../../server/cli/progress.js";
import { reportFailure, withDatabase } from "../../server/cli/with-database.js";
import { SCALES, type Scale } from "./generate.js";
import { loadScale } from "./load.js";

const USAGE = `usage: npm run seed:generate -- --scale trust|ics|national [--seed N] [--keep] [--concurrency N]
  Generates a synthetic estate and streams it into Neo4j, replacing the dependency graph
  (tokens, register and audit are kept). --keep adds to the graph instead; ids must not clash.
  Nodes go in first, then relationships, each in up to --concurrency (default 6) transactions at once.
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
  const concurrency = Number(option(args, "--concurrency") ?? 6);
  if (args.includes("--help") || !scale || !SCALES.includes(scale) || !Number.isInteger(seed) || !(concurrency >= 1 && concurrency <= 16)) {
    console.error(USAGE);
    process.exitCode = args.includes("--help") ? 0 : 2;
    return;
  }
  const r = await withDatabase((db) => loadScale(db, { scale, seed, concurrency, keep: args.includes("--keep"), log: console.log, actor: commandLineActor() }));
  console.log(
    `Loaded ${fmt(r.nodes)} nodes and ${fmt(r.relationships)} relationships in ${r.seconds.toFixed(1)} s: ` +
      `${fmt(r.perSecond)} nodes+relationships a second.`,
  );
}

main(process.argv.slice(2)).catch(reportFailure);
