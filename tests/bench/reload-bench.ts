import { setTimeout } from "node:timers/promises";
import type { Database } from "../../server/graph/database.js";
import { bumpGraphVersion } from "../../server/graph/graph-version.js";
import type { ServerProcess } from "../support/server-process.js";
import { cheapLatencies, poster } from "./busy-bench.js";
import { summarise, type Summary } from "./stats.js";

/** Past the server's default AUTH_CACHE_MS, with a margin. */
const VERSION_READ_KEPT_MS = 600;

export interface ReloadFigures {
  /** node(id) latencies while the new version loaded. */
  cheap: Summary;
  /** From the write to the first answer on the new version. */
  loadMs: number;
}

/**
 * node(id) while the server loads the live graph again: the graph's version moves behind the
 * server (as another process's import moves it), a blast radius is asked, which loads the new
 * version before it answers, and node(id), which reads Neo4j and needs no projection, is asked
 * one at a time until the blast radius is answered. The time is counted from the first request
 * that can see the new version.
 */
export async function reloadBench(server: ServerProcess, db: Database, token: string, ids: readonly string[]): Promise<ReloadFigures> {
  const post = poster(server, token);
  await db.write(bumpGraphVersion);
  // The server reads the graph's version with the token, and keeps that read for AUTH_CACHE_MS
  // (250 ms by default): a request sooner would be answered on the version it already holds.
  await setTimeout(VERSION_READ_KEPT_MS);
  const started = performance.now();
  let loaded = false;
  const blast = post(`query($id: ID!) { blastRadius(lost: [$id]) { affectedCount } }`, { id: ids[0] }).then((r) => {
    loaded = true;
    if (r.errors) throw new Error(`blastRadius failed: ${r.errors[0]!.message}`);
  });
  const [latencies] = await Promise.all([cheapLatencies(post, ids, () => loaded), blast]);
  return { cheap: summarise(latencies), loadMs: performance.now() - started };
}
