import { createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { Database } from "../graph/database.js";
import type { Anchor } from "./chain.js";
import { readDatabaseId } from "./store.js";
import type { AuditKey } from "./audit-key.js";

/**
 * Verified heads, also kept outside Neo4j: one signed line each, appended to a file beside the
 * key, so that rewriting the database (anchors included) no longer matches them. Lines name the
 * database's own id, which Bolt cannot change, so one file serves any number of databases and
 * servers. Each line is one short append, whole even when two servers write at once.
 */
export interface SignedHead extends Anchor {
  /** True for a head a verification found whole; false for one recorded after a write. */
  verified: boolean;
  signature: string;
}

/** A head as the board report prints it. */
export interface SignedAnchor extends Anchor {
  signature: string;
}

interface Line extends SignedHead {
  db: string;
}

/** The store's id: a new store (a test run's, say) never meets another's heads. */
export async function databaseId(db: Database): Promise<string> {
  return (await readDatabaseId(db)) ?? "unknown";
}

export function signHead(key: AuditKey, dbId: string, h: Omit<SignedHead, "signature">): string {
  return createHmac("sha256", key.key)
    .update(JSON.stringify(["audit-head", dbId, h.seq, h.hash, h.at, h.verified]))
    .digest("hex");
}

const signedBy = (key: AuditKey, l: Line): boolean => {
  const want = Buffer.from(signHead(key, l.db, l), "hex");
  const got = Buffer.from(typeof l.signature === "string" ? l.signature : "", "hex");
  return got.length === want.length && timingSafeEqual(got, want);
};

/** This database's heads in the file, oldest first, and how many lines were not signed with the key. */
export function readHeads(key: AuditKey, dbId: string): { heads: SignedHead[]; unsigned: number } {
  if (!existsSync(key.headsFile)) return { heads: [], unsigned: 0 };
  const heads: SignedHead[] = [];
  let unsigned = 0;
  for (const text of readFileSync(key.headsFile, "utf8").split("\n")) {
    if (!text.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(text) as Line;
    } catch {
      unsigned++;
      continue;
    }
    if (line.db !== dbId) continue;
    if (signedBy(key, line))
      heads.push({ seq: line.seq, hash: line.hash, at: line.at, verified: line.verified, signature: line.signature });
    else unsigned++;
  }
  return { heads, unsigned };
}

/** The last head this process appended for each database, so a head is written once. */
const appended = new Map<string, string>();

/** Appends a verified head unless this process already appended it. */
export function appendHead(key: AuditKey, dbId: string, head: Anchor, verified: boolean): void {
  const mark = `${key.headsFile}\u0000${head.seq}\u0000${head.hash}\u0000${verified}`;
  if (appended.get(dbId) === mark) return;
  const signed: SignedHead = { ...head, verified, signature: signHead(key, dbId, { ...head, verified }) };
  appendFileSync(key.headsFile, `${JSON.stringify({ db: dbId, ...signed })}\n`, { mode: 0o600, flag: "a" });
  appended.set(dbId, mark);
}

/**
 * The newest verified head for the board report, from the heads file with its signature. An
 * anchor in the database alone (one anyone on Bolt could have made) is never printed.
 */
export async function reportedHead(db: Database, key: AuditKey): Promise<SignedAnchor | null> {
  const newest = readHeads(key, await databaseId(db)).heads.findLast((h) => h.verified);
  return newest ? { seq: newest.seq, hash: newest.hash, at: newest.at, signature: newest.signature } : null;
}
