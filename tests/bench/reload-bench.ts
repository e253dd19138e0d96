import type { Database } from "../../server/graph/database.js";
import { bumpGraphVersion } from "../../server/graph/graph-version.js";
import type { ServerProcess } from "../support/server-process.js";
import { cheapLatencies, poster } from "./busy-bench.js";
import { summarise, type Summary } from "./stats.js";

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
 * one at a time until the blast radius is answered.
 */
export async function reloadBench(server: ServerProcess, db: Database, token: string, ids: readonly string[]): Promise<ReloadFigures> {
  const post = poster(server, token);
  await db.write(bumpGraphVersion);
  const started = performance.now();
  let loaded = false;
  const blast = post(`query($id: ID!) { blastRadius(lost: [$id]) { affectedCount } }`, { id: ids[0] }).then((r) => {
    loaded = true;
    if (r.errors) throw new Error(`blastRadius failed: ${r.errors[0]!.message}`);
  });
  const [latencies] = await Promise.all([cheapLatencies(post, ids, () => loaded), blast]);
  return { cheap: summarise(latencies), loadMs: performance.now() - started };
}
