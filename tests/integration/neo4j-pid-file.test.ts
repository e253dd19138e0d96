import { afterAll, describe, expect, it } from "vitest";
import { existsSync, rmSync } from "node:fs";
import { startEmbedded, runningPid, stopDetached, type RunningNeo4j } from "../../server/neo4j/embedded.js";
import { pidFile } from "../../server/neo4j/pid-file.js";
import { freePort } from "../support/free-port.js";

// Two real JVMs in a folder of this file's own: the first dies, a second takes the folder over.
const DATA_DIR = `.data/test-runs/pid-file-${process.pid}`;
const small = async (detached: boolean) =>
  startEmbedded({ dataDir: DATA_DIR, boltPort: await freePort(), heapMb: 256, pageCacheMb: 32, detached });
let second: RunningNeo4j | undefined;

afterAll(async () => {
  if (second && runningPid(DATA_DIR) === second.pid) await stopDetached(DATA_DIR);
  rmSync(DATA_DIR, { recursive: true, force: true });
});

describe("the Neo4j pid file", () => {
  // Two JVM starts and a crash recovery: minutes on a busy two-core machine.
  it("is left alone by a process whose Neo4j died and was replaced", { timeout: 400_000 }, async () => {
    const first = await small(false);
    process.kill(first.pid, "SIGKILL");
    await waitUntil(() => runningPid(DATA_DIR) === undefined);
    second = await small(true); // as `npm run db:start` does
    await first.stop(); // as the server's shutdown does
    expect(runningPid(DATA_DIR)).toBe(second.pid);
    expect(await stopDetached(DATA_DIR)).toBe(true);
    expect(existsSync(pidFile(DATA_DIR))).toBe(false);
  });
});

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 50));
}
