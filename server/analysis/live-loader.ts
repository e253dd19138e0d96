import { Piscina } from "piscina";
import type { Database } from "../graph/database.js";
import { loadProjection } from "../graph/projection-load.js";
import type { LoadedGraph, LoadTask } from "./load-worker.js";
import { openSharedProjection } from "./shared-projection.js";
import { GraphSnapshot } from "./snapshot.js";
import { WORKER_EXEC_ARGV } from "./work-lane.js";

const WORKER = new URL("./load-worker.ts", import.meta.url);

/**
 * Loads the live graph: in a thread of its own when the engine runs in threads (the national
 * graph takes tens of seconds of decoding, which would otherwise hold the event loop in long
 * slices), inline otherwise. One load runs at a time (the analysis service shares it).
 */
export class LiveLoader {
  private readonly pool: Piscina | null;

  constructor(
    private readonly db: Database,
    threaded: boolean,
  ) {
    this.pool = threaded
      ? new Piscina({ filename: WORKER.href, maxThreads: 1, minThreads: 1, idleTimeout: 60_000, execArgv: WORKER_EXEC_ARGV })
      : null;
  }

  async load(): Promise<GraphSnapshot> {
    if (!this.pool) {
      const { projection, version } = await loadProjection(this.db);
      return new GraphSnapshot(`v${version}`, projection, null, false);
    }
    const bookmarks = this.db.bookmarks ? [...(await this.db.bookmarks.getBookmarks())] : undefined;
    const task: LoadTask = { target: { ...this.db.target, bookmarks } };
    const { shared } = (await this.pool.run(task)) as LoadedGraph;
    return GraphSnapshot.ofShared(shared, openSharedProjection(shared));
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
