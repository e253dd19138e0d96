import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useAuditKeyFile } from "../../server/audit/audit-key.js";
import { eventHash, GENESIS, keyedEventHash, type EventBody } from "../../server/audit/chain.js";
import { appendHead, readHeads } from "../../server/audit/heads-file.js";
import { loadConfig } from "../../server/base/config.js";

const dir = mkdtempSync(join(tmpdir(), "audit-secrets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body: EventBody = {
  seq: 1,
  at: "2026-12-01T09:00:00.000Z",
  actorName: "a",
  actorRole: "ADMIN",
  action: "token.create",
  target: null,
  summary: "s",
  before: null,
  after: null,
  prevHash: GENESIS,
  v: 2,
  graphDigest: "g",
  registerDigest: "r",
};

describe("the audit key and the heads file", () => {
  it("makes the key once, readable by its owner only, and keeps it", () => {
    const file = join(dir, "keys", "audit.key");
    const first = useAuditKeyFile(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.key.length).toBe(32);
    expect(useAuditKeyFile(file).key.equals(first.key)).toBe(true);
    expect(first.headsFile).toBe(join(dir, "keys", "audit-heads.log"));
  });

  it("keys each event's hash: another key, a changed digest or the plain hash do not match", () => {
    const key = useAuditKeyFile(join(dir, "keys", "audit.key")).key;
    const other = useAuditKeyFile(join(dir, "other", "audit.key")).key;
    const keyed = keyedEventHash(body, key);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedEventHash(body, other)).not.toBe(keyed);
    expect(keyedEventHash({ ...body, graphDigest: "h" }, key)).not.toBe(keyed);
    expect(eventHash(body)).not.toBe(keyed);
  });

  it("signs each head line for one database, and counts a line not signed with the key", () => {
    const key = useAuditKeyFile(join(dir, "heads", "audit.key"));
    appendHead(key, "db-1", { seq: 3, hash: "a".repeat(64), at: "2026-12-01T09:00:00.000Z" }, true);
    appendHead(key, "db-2", { seq: 9, hash: "b".repeat(64), at: "2026-12-01T09:00:00.000Z" }, false);
    expect(statSync(key.headsFile).mode & 0o777).toBe(0o600);
    expect(readHeads(key, "db-1")).toMatchObject({ heads: [{ seq: 3, verified: true }], unsigned: 0 });
    const forged = JSON.parse(readFileSync(key.headsFile, "utf8").split("\n")[0]!) as Record<string, unknown>;
    appendFileSync(key.headsFile, `${JSON.stringify({ ...forged, seq: 4 })}\nnot json\n`);
    expect(readHeads(key, "db-1")).toMatchObject({ heads: [{ seq: 3 }], unsigned: 2 });
  });

  it("refuses an AUDIT_KEY_FILE that names a folder", () => {
    expect(() => loadConfig({ AUDIT_KEY_FILE: "keys/" })).toThrow(/AUDIT_KEY_FILE: must name a file/);
    expect(loadConfig({}).AUDIT_KEY_FILE).toBe(".data/audit/audit.key");
  });
});
