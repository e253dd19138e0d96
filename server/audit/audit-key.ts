import { dirname, join, resolve } from "node:path";
import { loadConfig } from "../base/config.js";
import { ensureSecretFile } from "../secrets/secret-file.js";

/**
 * The audit trail's secret, kept in a file outside Neo4j (AUDIT_KEY_FILE, 0600), and the
 * append-only file of verified heads beside it. Whoever reaches only the database can neither
 * make an event's keyed hash nor rewrite the heads recorded here.
 */
export interface AuditKey {
  key: Buffer;
  headsFile: string;
}

let current: AuditKey | null = null;

/** The key at `file`, made at first use; the heads file is `audit-heads.log` in its folder. */
export function useAuditKeyFile(file: string): AuditKey {
  const path = resolve(file);
  current = { key: Buffer.from(ensureSecretFile(path, 32), "base64url"), headsFile: join(dirname(path), "audit-heads.log") };
  return current;
}

/** The key this process uses: AUDIT_KEY_FILE's unless one was chosen with useAuditKeyFile. */
export function auditKey(): AuditKey {
  return current ?? useAuditKeyFile(loadConfig().AUDIT_KEY_FILE);
}
