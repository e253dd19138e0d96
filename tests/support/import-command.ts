import { execFile } from "node:child_process";
import { inject } from "vitest";

/** `npm run import -- …` as a person runs it, in a process of its own, against the test run's Neo4j. */
export function runImportCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_PASSWORD: inject("neo4jPassword") };
    execFile("node_modules/.bin/tsx", ["server/cli/import.ts", ...args], { env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
