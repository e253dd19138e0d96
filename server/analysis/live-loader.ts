import { Worker } from "node:worker_threads";
import type { Database } from "../graph/database.js";
import { loadProjection, readGraphCounts } from "../graph/projection-load.js";
import type { LoadedGraph, LoadTask } from "./load-worker.js";
import { openSharedProjection } from "./shared-projection.js";
import { GraphSnapshot } from "./snapshot.js";
import type { ThreadMemory } from "./thread-memory.js";

const BOOT = new URL("../model/worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./load-worker.ts", import.meta.url).href;

/**
 * The loading thread's old generation, capped by the graph's size. What it holds at once is a
 * few pages of rows in flight and the figures of the nodes that carry any (at national scale,
 * 2.3 million nodes, it ran in 128 MiB and failed in 96); uncapped, V8 let the heap grow to 290
 * MiB, half of it garbage, beside the new graph. The cap makes it collect sooner, for about a
 * second more of a 17 s load (measured: docs/performance.md).
 */
export function loadingHeapMb(nodes: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb?: number } {
  return { maxOldGenerationSizeMb: 128 + Math.ceil((nodes * 16) / 2 ** 20) };
}

/**
 * Loads the live graph: in a thread of its own when the engine runs in threads (the national
 * graph takes tens of seconds of decoding, which would otherwise hold the event loop in long
 * slices), inline otherwise. One load runs at a time (the analysis service shares it). The
 * thread is started for the load and ends with it, so what it built the graph with goes back
 * to the system at once.
 */
export class LiveLoader {
  /** The loading thread's memory as its last load ended. */
  private lastLoad: ThreadMemory | null = null;
  private running: Worker | null = null;

  constructor(
    private readonly db: Database,
    private readonly threaded: boolean,
    private readonly heapFor: typeof loadingHeapMb = loadingHeapMb,
  ) {}

  async load(): Promise<GraphSnapshot> {
    if (!this.threaded) {
      const { projection, version } = await loadProjection(this.db);
      return new GraphSnapshot(`v${version}`, projection, null, false);
    }
    const bookmarks = this.db.bookmarks ? [...(await this.db.bookmarks.getBookmarks())] : undefined;
    const task: LoadTask = { target: { ...this.db.target, bookmarks } };
    const { nodes } = await this.db.read(readGraphCounts);
    const { shared, memory } = await this.inThread(task, nodes).catch((e: unknown) => {
      if ((e as { code?: unknown }).code !== "ERR_WORKER_OUT_OF_MEMORY") throw e;
      // A graph whose rows need more than the cap (far past national scale): loaded again, uncapped.
      console.warn(
        `The live graph's load ran out of its ${this.heapFor(nodes).maxOldGenerationSizeMb} MiB heap; loading it again without that limit.`,
      );
      return this.inThread(task, null);
    });
    this.lastLoad = memory;
    return GraphSnapshot.ofShared(shared, openSharedProjection(shared));
  }

  /** The loading thread's memory at the end of its last load, and whether a load is running now. */
  memory(): { lastLoad: ThreadMemory | null; running: boolean } {
    return { lastLoad: this.lastLoad, running: this.running !== null };
  }

  async close(): Promise<void> {
    await this.running?.terminate();
  }

  /** One load in a thread started for it, its heap capped for `nodes` (null: not capped). */
  private inThread(task: LoadTask, nodes: number | null): Promise<LoadedGraph> {
    const worker = new Worker(BOOT, {
      workerData: { ...task, entry: ENTRY },
      ...(nodes === null ? {} : { resourceLimits: this.heapFor(nodes) }),
    });
    this.running = worker;
    return new Promise<LoadedGraph>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the loading thread stopped before it answered (exit code ${code})`)));
    }).finally(() => {
      this.running = null;
      void worker.terminate();
    });
  }
}
