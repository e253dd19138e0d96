import { commandLineActor } from "../audit/actors.js";
import { recordBaseline } from "../audit/baseline.js";
import { verifyChain } from "../history/verify.js";
import { commandLine, exitWithUsage } from "./command-line.js";
import { reportFailure, withDatabase } from "./with-database.js";

const USAGE = `usage:
  npm run audit -- verify     verifies the trail (keys, links, recorded heads, documents, live state)
  npm run audit -- baseline   records the live graph and register as they stand (after a restore)`;

async function main(): Promise<void> {
  const { positionals } = commandLine(USAGE, { allowPositionals: true });
  const [command, ...rest] = positionals;
  if (rest.length) exitWithUsage(USAGE);
  if (command === "verify") {
    const r = await withDatabase((db) => verifyChain(db));
    if (r.ok) console.log(`The trail holds: ${r.events} events, head ${r.head?.seq} ${r.head?.hash}.`);
    else console.log(`The trail does not hold at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`);
    if (!r.ok) process.exitCode = 2;
  } else if (command === "baseline") {
    const e = await withDatabase((db) => recordBaseline(db, commandLineActor()));
    console.log(`Recorded event ${e.seq}: ${e.summary}.`);
  } else {
    exitWithUsage(USAGE);
  }
}

main().catch(reportFailure);
