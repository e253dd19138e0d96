import { parentPort, workerData } from "node:worker_threads";
import { returnMemory } from "../base/collect-garbage.js";
import { Database, type DatabaseTarget } from "../graph/database.js";
import { SHARED_COLUMNS } from "../engine/typed-arrays.js";
import { loadProjection } from "../graph/projection-load.js";
import { shareProjection, type SharedProjection } from "./shared-projection.js";
import { memoryOf, type ThreadMemory } from "./thread-memory.js";

export interface LoadTask {
  target: DatabaseTarget;
}

export interface LoadedGraph {
  shared: SharedProjection;
  version: number;
  /** This thread's memory as the load ended, before its working state was let go. */
  memory: ThreadMemory;
}

/**
 * The loading thread (see LiveLoader): reads the live graph into a projection off the server's
 * event loop and answers with it in shared memory. The main thread and the engine's threads
 * then read the same columns and ids, nothing is copied, and the thread ends. The bookmarks
 * the task carries (on a cluster) make its reads see every write the server had committed
 * when it asked.
 */
const loaded = await loadShared(workerData as LoadTask);
// What the graph was built with is garbage now. Collected here, with its heap pages given
// back, it is gone before the engine's threads build on the new graph, not some seconds after.
returnMemory();
parentPort!.postMessage(loaded);

async function loadShared(task: LoadTask): Promise<LoadedGraph> {
  const db = new Database(task.target);
  try {
    // Built straight into shared memory: sharing it then copies nothing.
    const { projection, version } = await loadProjection(db, undefined, SHARED_COLUMNS);
    const { shared } = shareProjection(`v${version}`, projection);
    return { shared, version, memory: memoryOf("loading") };
  } finally {
    await db.close();
  }
}
