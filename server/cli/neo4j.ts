import { commandLine, exitWithUsage } from "./command-line.js";
import { loadConfig } from "../base/config.js";
import { runningPid, startEmbedded, stopDetached } from "../neo4j/embedded.js";
import { passwordFile } from "../neo4j/password.js";

/** npm run db:start / db:stop: the project's Neo4j on its own, outliving the command. */
const USAGE = "usage: npm run db:start | npm run db:stop";

async function main(): Promise<void> {
  const { positionals } = commandLine(USAGE, { allowPositionals: true });
  const [command, ...extra] = positionals;
  if (extra.length) exitWithUsage(USAGE);
  const config = loadConfig();
  const dir = config.NEO4J_DATA_DIR;
  if (command === "start") {
    const pid = runningPid(dir);
    if (pid !== undefined) return console.log(`Neo4j is already running (pid ${pid}) at bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}.`);
    const n = await startEmbedded({
      dataDir: dir,
      boltPort: config.NEO4J_BOLT_PORT,
      heapMb: config.NEO4J_HEAP_MB,
      pageCacheMb: config.NEO4J_PAGECACHE_MB,
      detached: true,
      log: console.log,
    });
    // Where the password is, never the password itself.
    console.log(
      `Neo4j is running (pid ${n.pid}) at ${n.uri} as user neo4j, its password in ${passwordFile(dir)}. Stop it with: npm run db:stop`,
    );
  } else if (command === "stop") {
    console.log((await stopDetached(dir)) ? "Neo4j stopped." : "No Neo4j of this project was running.");
  } else {
    exitWithUsage(USAGE);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
