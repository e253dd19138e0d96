import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port.js";
import { recordPassword, releaseRunAuditKey, useRunAuditKey } from "./run-secrets.js";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
  }
}

// Each run gets its own store and port, so two runs on one machine never share a database.
const DATA_DIR = `.data/test-runs/${process.pid}`;
let running: RunningNeo4j | undefined;

/** The integration tests' own real Neo4j: a fresh store for each run, removed afterwards. */
export async function setup(project: TestProject): Promise<void> {
  running = await startEmbedded({
    dataDir: DATA_DIR,
    boltPort: await freePort(),
    heapMb: 1536,
    pageCacheMb: 512,
    log: (l) => console.log(l),
  });
  project.provide("neo4jUri", running.uri);
  project.provide("neo4jPassword", running.password);
  // Test files' own processes, and the servers and commands they start, inherit these.
  recordPassword(running.uri, running.password);
  useRunAuditKey();
}

export async function teardown(): Promise<void> {
  await running?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
  releaseRunAuditKey();
}
