import { rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port.js";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jPassword: string;
  }
}

// Each run gets its own store and port, so two runs on one machine never share a database.
const DATA_DIR = `.data/test-runs/${process.pid}`;
// The run's audit key and heads file, apart from the store, as the product keeps them.
const AUDIT_DIR = `.data/test-runs/${process.pid}-audit`;
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
  process.env.NEO4J_PASSWORD = running.password;
  process.env.AUDIT_KEY_FILE = resolve(AUDIT_DIR, "audit.key");
}

export async function teardown(): Promise<void> {
  await running?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
  rmSync(AUDIT_DIR, { recursive: true, force: true });
}
