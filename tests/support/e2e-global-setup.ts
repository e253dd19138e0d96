import { rmSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { startEmbedded, type RunningNeo4j } from "../../server/neo4j/embedded.js";
import { freePort } from "./free-port.js";
import { recordPassword, releaseRunAuditKey, useRunAuditKey } from "./run-secrets.js";

declare module "vitest" {
  export interface ProvidedContext {
    e2eNeo4jUri: string;
    e2eNeo4jPassword: string;
  }
}

// The browser tests' own Neo4j, apart from the integration tests' one.
const DATA_DIR = `.data/test-runs/e2e-${process.pid}`;
let running: RunningNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  running = await startEmbedded({ dataDir: DATA_DIR, boltPort: await freePort(), heapMb: 1024, pageCacheMb: 256 });
  project.provide("e2eNeo4jUri", running.uri);
  project.provide("e2eNeo4jPassword", running.password);
  recordPassword(running.uri, running.password);
  useRunAuditKey();
}

export async function teardown(): Promise<void> {
  await running?.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
  releaseRunAuditKey();
}
