import { commandLineActor } from "../../server/audit/actors.js";
import { fmt } from "../../server/cli/progress.js";
import { commandLine, exitWithUsage } from "../../server/cli/command-line.js";
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

async function main(): Promise<void> {
  const { values } = commandLine(USAGE, {
    options: {
      scale: { type: "string" },
      seed: { type: "string", default: "1" },
      concurrency: { type: "string", default: "6" },
      keep: { type: "boolean", default: false },
    },
  });
  const scale = values.scale as Scale | undefined;
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (
    !scale ||
    !SCALES.includes(scale) ||
    !Number.isInteger(seed) ||
    !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)
  )
    exitWithUsage(USAGE);
  const r = await withDatabase((db) =>
    loadScale(db, { scale, seed, concurrency, keep: values.keep, log: console.log, actor: commandLineActor() }),
  );
  console.log(
    `Loaded ${fmt(r.nodes)} nodes and ${fmt(r.relationships)} relationships in ${r.seconds.toFixed(1)} s: ` +
      `${fmt(r.perSecond)} nodes+relationships a second.`,
  );
}

main().catch(reportFailure);
