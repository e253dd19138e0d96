import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the project's own Neo4j records the pid of the JVM that holds a data folder. */
export const pidFile = (dataDir: string): string => join(resolve(dataDir), "neo4j.pid");

export function writePidFile(dataDir: string, pid: number): void {
  writeFileSync(pidFile(dataDir), String(pid));
}

/** The pid recorded for this data folder, alive or not. */
export function recordedPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(dataDir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Removes the pid file only while it still names `pid`. A Neo4j started later in the same
 * folder (after this one died) has written its own pid there; removing that would make
 * `db:stop` and `npm start` believe nothing holds the store while it does.
 */
export function removePidFileIfHolds(dataDir: string, pid: number): boolean {
  if (recordedPid(dataDir) !== pid) return false;
  rmSync(pidFile(dataDir), { force: true });
  return true;
}
