import { freePort } from "../support/free-port.js";
import { Database } from "../../server/graph/database.js";
import { readGenerated } from "../../server/graph/bulk-load.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";
import { GENERATOR_VERSION, type Scale } from "../../seed/generator/generate.js";
import { loadScale, type LoadReport } from "../../seed/generator/load.js";

export interface BenchDb {
  db: Database;
  uri: string;
  neo4j: RunningNeo4j;
  load: LoadReport | null;
}

/**
 * A Neo4j of the benchmark's own per scale (`.data/bench-<scale>`), kept between runs: the
 * estate is generated only when the store does not already hold that scale and seed.
 */
export async function openBenchDb(scale: Scale, seed: number, log: (l: string) => void): Promise<BenchDb> {
  const neo4j = await startEmbedded({ dataDir: `.data/bench-${scale}`, boltPort: await freePort(), heapMb: 4096, pageCacheMb: 4096, log });
  const db = new Database({ uri: neo4j.uri, user: "neo4j", password: neo4j.password, database: "neo4j" });
  await ensureSchema(db);
  const mark = await readGenerated(db);
  let load: LoadReport | null = null;
  if (mark?.scale === scale && mark.seed === seed && mark.generator === GENERATOR_VERSION) {
    log(`Reusing the ${scale} estate already loaded (seed ${seed}: ${mark.nodes} nodes, ${mark.relationships} relationships).`);
  } else {
    load = await loadScale(db, { scale, seed, concurrency: 6, keep: false, log, actor: { name: "benchmark", role: "ADMIN" } });
  }
  return { db, uri: neo4j.uri, neo4j, load };
}
