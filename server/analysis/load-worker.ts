import { Database, type DatabaseTarget } from "../graph/database.js";
import { loadProjection } from "../graph/projection-load.js";
import { shareProjection, type SharedProjection } from "./shared-projection.js";

export interface LoadTask {
  target: DatabaseTarget;
}

export interface LoadedGraph {
  shared: SharedProjection;
  version: number;
}

/** This thread's handle on the database, opened by the first load and kept for the next ones. */
let db: Database | null = null;

/**
 * Reads the live graph into a projection in this thread, off the server's event loop, and
 * answers with it in shared memory: the main thread and the engine's threads then read the
 * same columns, nothing is copied. The bookmarks the task carries (on a cluster) make this
 * thread's reads see every write the server had committed when it asked.
 */
export default async function load(task: LoadTask): Promise<LoadedGraph> {
  if (task.target.bookmarks?.length || !db) {
    await db?.close();
    db = new Database(task.target);
  }
  const { projection, version } = await loadProjection(db);
  return { shared: shareProjection(`v${version}`, projection, { sortIds: true }).shared, version };
}
