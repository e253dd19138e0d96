import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../graph/database.js";
import type { Permission, Role } from "./roles.js";

/** The Cypher of sign-in: API tokens and browser sessions, each stored by the SHA-256 of its secret alone. */

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  /** The organisations the role is held for; null: all (tokens made before scopes, too). */
  organisations: string[] | null;
  breakGlass: boolean;
  createdAt: string;
  revokedAt: string | null;
}

const TOKEN_FIELDS = "t {.id, .name, .role, .organisations, .breakGlass, .createdAt, .revokedAt}";
const tokenInfo = (t: TokenInfo): TokenInfo => ({
  ...t,
  organisations: t.organisations ?? null,
  breakGlass: t.breakGlass ?? false,
  revokedAt: t.revokedAt ?? null,
});

/** Stores a token by its hash in the caller's transaction. */
export async function insertToken(
  tx: ManagedTransaction,
  t: { hash: string; id: string; name: string; role: Role; organisations: readonly string[] | null; breakGlass: boolean },
): Promise<TokenInfo> {
  const r = await tx.run(
    `MERGE (t:ApiToken {hash: $hash})
     ON CREATE SET t.id = $id, t.name = $name, t.role = $role, t.organisations = $organisations, t.breakGlass = $breakGlass,
       t.createdAt = toString(datetime())
     RETURN ${TOKEN_FIELDS} AS t`,
    t,
  );
  return tokenInfo(r.records[0]?.get("t") as TokenInfo);
}

export interface TokenRow {
  id: string | null;
  name: string;
  role: Role;
  organisations: string[] | null;
  breakGlass: boolean;
  /** The dependency graph's version. */
  version: number;
}

/** The live token with this hash (its fields null where none is) and the graph's version, in one round trip. */
export async function readTokenAndVersion(db: Database, hash: string): Promise<TokenRow | undefined> {
  const [row] = await db.readOnce(
    `OPTIONAL MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL
     OPTIONAL MATCH (m:Meta {key: 'graph'})
     RETURN t.id AS id, t.name AS name, t.role AS role, t.organisations AS organisations, coalesce(t.breakGlass, false) AS breakGlass,
       coalesce(m.version, 0) AS version`,
    { hash },
    (r) => ({
      id: r.get("id") as string | null,
      name: r.get("name") as string,
      role: r.get("role") as Role,
      organisations: r.get("organisations") as string[] | null,
      breakGlass: r.get("breakGlass") as boolean,
      version: r.get("version") as number,
    }),
  );
  return row;
}

export function listTokens(db: Database): Promise<TokenInfo[]> {
  return db.read(async (tx) => {
    const r = await tx.run(`MATCH (t:ApiToken) RETURN ${TOKEN_FIELDS} AS t ORDER BY t.createdAt`);
    return r.records.map((rec) => tokenInfo(rec.get("t") as TokenInfo));
  });
}

/** Marks the live tokens with this id or name revoked, in the caller's transaction; returns them. */
export async function markTokensRevoked(tx: ManagedTransaction, idOrName: string): Promise<TokenInfo[]> {
  const r = await tx.run(
    `MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
     SET t.revokedAt = toString(datetime()) RETURN ${TOKEN_FIELDS} AS t`,
    { key: idOrName },
  );
  return r.records.map((rec) => rec.get("t") as TokenInfo);
}

export function countTokens(db: Database): Promise<number> {
  return db.read(async (tx) => (await tx.run("MATCH (t:ApiToken) RETURN count(t) AS c")).records[0]?.get("c") as number);
}

export interface SessionRow {
  issuer: string;
  subject: string;
  name: string;
  role: Role;
  organisations: string[] | null;
  extra: Permission[];
}

/** Stores a browser session by its hash in the caller's transaction; times in milliseconds. */
export async function insertSession(
  tx: ManagedTransaction,
  s: Omit<SessionRow, "organisations"> & { organisations: readonly string[] | null; hash: string; now: number; expiresAt: number },
): Promise<void> {
  await tx.run(
    `CREATE (s:BrowserSession {hash: $hash, issuer: $issuer, subject: $subject, name: $name, role: $role, organisations: $organisations,
       extra: $extra, startedAt: $now, lastSeenAt: $now, expiresAt: $expiresAt})`,
    s,
  );
}

/** The session with this hash, if it has not ended, expired or been idle since `idleSince`. */
export async function readLiveSession(
  db: Database,
  hash: string,
  now: number,
  idleSince: number,
): Promise<(SessionRow & { lastSeenAt: number }) | undefined> {
  const [row] = await db.readOnce(
    `MATCH (s:BrowserSession {hash: $hash}) WHERE s.endedAt IS NULL AND s.expiresAt > $now AND s.lastSeenAt > $idleSince
     RETURN s {.issuer, .subject, .name, .role, .organisations, .extra, .lastSeenAt} AS s`,
    { hash, now, idleSince },
    (r) => r.get("s") as SessionRow & { lastSeenAt: number },
  );
  return row;
}

export async function touchSession(db: Database, hash: string, now: number): Promise<void> {
  await db.write((tx) => tx.run("MATCH (s:BrowserSession {hash: $hash}) SET s.lastSeenAt = $now", { hash, now }));
}

/** Ends the live session with this hash in the caller's transaction; returns whose it was, or null for none. */
export async function markSessionEnded(tx: ManagedTransaction, hash: string, now: number): Promise<Omit<SessionRow, "extra"> | null> {
  const r = await tx.run(
    "MATCH (s:BrowserSession {hash: $hash}) WHERE s.endedAt IS NULL SET s.endedAt = $now RETURN s.name AS name, s.role AS role, s.issuer AS issuer, s.subject AS subject, s.organisations AS organisations",
    { hash, now },
  );
  const rec = r.records[0];
  if (!rec) return null;
  return {
    name: rec.get("name") as string,
    role: rec.get("role") as Role,
    issuer: rec.get("issuer") as string,
    subject: rec.get("subject") as string,
    organisations: rec.get("organisations") as string[] | null,
  };
}
