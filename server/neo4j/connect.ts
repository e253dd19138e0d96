import type { Config } from "../base/config.js";
import { Database } from "../graph/database.js";
import { runningPid, startEmbedded, type RunningNeo4j } from "./embedded.js";
import { embeddedPassword } from "./password.js";

export interface Connection {
  db: Database;
  /** Where the database is, without credentials, for logs and /health. */
  where: string;
  /** Set when this process started Neo4j and must stop it. */
  owned: RunningNeo4j | null;
}

/**
 * NEO4J_URI set: use that Neo4j and start nothing. Otherwise reuse the project's Neo4j if
 * `npm run db:start` left one running, or start one as a child of this process.
 */
export async function connect(config: Config, log: (line: string) => void): Promise<Connection> {
  const pool = { size: config.NEO4J_POOL_SIZE, acquireTimeoutMs: config.NEO4J_ACQUIRE_TIMEOUT_MS };
  if (config.NEO4J_URI) {
    const db = new Database({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      pool,
    });
    await db.verify();
    return { db, where: config.NEO4J_URI, owned: null };
  }
  const uri = `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
  const embedded = { uri, user: "neo4j", password: embeddedPassword(config.NEO4J_DATA_DIR), database: "neo4j", pool };
  if (runningPid(config.NEO4J_DATA_DIR) !== undefined) {
    const db = new Database(embedded);
    await db.verify();
    log(`Using the project's Neo4j already running at ${uri}.`);
    return { db, where: uri, owned: null };
  }
  const owned = await startEmbedded({
    dataDir: config.NEO4J_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    heapMb: config.NEO4J_HEAP_MB,
    pageCacheMb: config.NEO4J_PAGECACHE_MB,
    log,
  });
  const db = new Database({ ...embedded, uri: owned.uri });
  await db.verify();
  return { db, where: owned.uri, owned };
}
