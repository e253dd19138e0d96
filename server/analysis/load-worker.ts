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
 * Reads the live graph into a projection in this thread, off the server's event loop, and
 * answers with it in shared memory: the main thread and the engine's threads then read the
 * same columns and ids, nothing is copied, and this thread's own copy is garbage once it
 * answers (the thread itself ends soon after: see LiveLoader). The bookmarks the task carries
 * (on a cluster) make this thread's reads see every write the server had committed when it asked.
 */
export default async function load(task: LoadTask): Promise<LoadedGraph> {
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
