import { Piscina } from "piscina";
import type { Database } from "../graph/database.js";
import { loadProjection } from "../graph/projection-load.js";
import type { LoadedGraph, LoadTask } from "./load-worker.js";
import { openSharedProjection } from "./shared-projection.js";
import { GraphSnapshot } from "./snapshot.js";
import type { ThreadMemory } from "./thread-memory.js";
import { WORKER_EXEC_ARGV } from "./work-lane.js";

const WORKER = new URL("./load-worker.ts", import.meta.url);
/**
 * The loading thread ends this long after a load: what it built the graph with (hundreds of
 * MiB at national scale) goes back to the system with it, instead of staying in a heap that
 * nothing would collect until the next load.
 */
const IDLE_MS = 1000;

/**
 * Loads the live graph: in a thread of its own when the engine runs in threads (the national
 * graph takes tens of seconds of decoding, which would otherwise hold the event loop in long
 * slices), inline otherwise. One load runs at a time (the analysis service shares it).
 */
export class LiveLoader {
  private readonly pool: Piscina | null;
  /** The loading thread's memory as its last load ended. */
  private lastLoad: ThreadMemory | null = null;

  constructor(
    private readonly db: Database,
    threaded: boolean,
  ) {
    this.pool = threaded
      ? new Piscina({ filename: WORKER.href, maxThreads: 1, minThreads: 0, idleTimeout: IDLE_MS, execArgv: WORKER_EXEC_ARGV })
      : null;
  }

  async load(): Promise<GraphSnapshot> {
    if (!this.pool) {
      const { projection, version } = await loadProjection(this.db);
      return new GraphSnapshot(`v${version}`, projection, null, false);
    }
    const bookmarks = this.db.bookmarks ? [...(await this.db.bookmarks.getBookmarks())] : undefined;
    const task: LoadTask = { target: { ...this.db.target, bookmarks } };
    const { shared, memory } = (await this.pool.run(task)) as LoadedGraph;
    this.lastLoad = memory;
    return GraphSnapshot.ofShared(shared, openSharedProjection(shared));
  }

  /** The loading thread's memory at the end of its last load, and whether it is still running now. */
  memory(): { lastLoad: ThreadMemory | null; running: boolean } {
    return { lastLoad: this.lastLoad, running: (this.pool?.threads.length ?? 0) > 0 };
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
