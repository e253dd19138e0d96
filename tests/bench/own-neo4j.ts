import { rmSync } from "node:fs";
import { Database } from "../../server/graph/database.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";
import { freePort } from "../support/free-port.js";

/** A fresh Neo4j of its own in `dataDir` for one part of the benchmark, stopped and closed when `work` ends. */
export async function withOwnNeo4j<T>(
  dataDir: string,
  log: (l: string) => void,
  work: (neo4j: RunningNeo4j, db: Database) => Promise<T>,
): Promise<T> {
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j = await startEmbedded({ dataDir, boltPort: await freePort(), heapMb: 1024, pageCacheMb: 256, log });
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  try {
    await ensureSchema(db);
    return await work(neo4j, db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}
