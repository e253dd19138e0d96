import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

const DATA_DIR = ".data/test-neo4j";
let running: RunningNeo4j | undefined;

/** The integration tests' own real Neo4j: a fresh store on its own port for each run. */
export async function setup(project: TestProject): Promise<void> {
  rmSync(DATA_DIR, { recursive: true, force: true });
  running = await startEmbedded({
    dataDir: DATA_DIR,
    boltPort: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7689),
    heapMb: 1536,
    pageCacheMb: 512,
    log: (l) => console.log(l),
  });
  project.provide("neo4jUri", running.uri);
}

export async function teardown(): Promise<void> {
  await running?.stop();
}
