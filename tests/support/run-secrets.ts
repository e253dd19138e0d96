import { rmSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The integration and browser projects each start a Neo4j with a password of its own, in one
 * process, before any test file runs; each records its password under its Bolt port, so a
 * server a test starts is given the password of the Neo4j it is pointed at.
 */
const variable = (uri: string): string => `TEST_NEO4J_PASSWORD_${new URL(uri).port}`;

export function recordPassword(uri: string, password: string): void {
  process.env[variable(uri)] = password;
}

export const passwordFor = (uri: string): string => process.env[variable(uri)] ?? process.env.NEO4J_PASSWORD ?? "";

/**
 * One audit key for the whole run, whichever projects run: the environment is the one process's,
 * so a key per project would be overwritten by the other. Removed when the last project ends.
 */
const AUDIT_DIR = `.data/test-runs/${process.pid}-audit`;

export function useRunAuditKey(): void {
  process.env.AUDIT_KEY_FILE = resolve(AUDIT_DIR, "audit.key");
  process.env.TEST_AUDIT_KEY_USERS = String(Number(process.env.TEST_AUDIT_KEY_USERS ?? 0) + 1);
}

export function releaseRunAuditKey(): void {
  const left = Number(process.env.TEST_AUDIT_KEY_USERS ?? 1) - 1;
  process.env.TEST_AUDIT_KEY_USERS = String(left);
  if (left <= 0) rmSync(AUDIT_DIR, { recursive: true, force: true });
}
