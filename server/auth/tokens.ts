import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../graph/database.js";
import type { Role, Viewer } from "./roles.js";

const PREFIX = "him_";

/**
 * Tokens are 256 random bits; only their SHA-256 is stored. A slow hash buys nothing for a
 * secret of this entropy and would cost every request.
 */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a token and returns it in clear: the only time it is ever seen. */
export async function createToken(db: Database, role: Role, name: string): Promise<{ token: string; info: TokenInfo }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const id = randomUUID();
  const info = await db.write(async (tx) => {
    const r = await tx.run(
      `MERGE (t:ApiToken {hash: $hash})
       ON CREATE SET t.id = $id, t.name = $name, t.role = $role, t.createdAt = toString(datetime())
       RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t`,
      { hash: hashToken(token), id, name, role },
    );
    return r.records[0]?.get("t") as TokenInfo;
  });
  return { token, info };
}

export async function authenticate(db: Database, token: string): Promise<Viewer | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  return db.read(async (tx) => {
    const r = await tx.run(
      "MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN t.id AS id, t.name AS name, t.role AS role",
      { hash: hashToken(token) },
    );
    const rec = r.records[0];
    return rec ? { tokenId: rec.get("id") as string, name: rec.get("name") as string, role: rec.get("role") as Role } : null;
  });
}

export function listTokens(db: Database): Promise<TokenInfo[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (t:ApiToken) RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS t ORDER BY t.createdAt");
    return r.records.map((rec) => { const t = rec.get("t") as TokenInfo; return { ...t, revokedAt: t.revokedAt ?? null }; });
  });
}

/** Revokes by id or by name; returns how many tokens it revoked. */
export function revokeToken(db: Database, idOrName: string): Promise<number> {
  return db.write(async (tx) => {
    const r = await tx.run(
      `MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
       SET t.revokedAt = toString(datetime()) RETURN count(t) AS c`,
      { key: idOrName },
    );
    return r.records[0]?.get("c") as number;
  });
}

/** On first start there is no token at all: make one ADMIN token, to be printed once. */
export async function ensureFirstAdmin(db: Database): Promise<string | null> {
  const any = await db.read(async (tx) => (await tx.run("MATCH (t:ApiToken) RETURN count(t) AS c")).records[0]?.get("c") as number);
  if (any > 0) return null;
  return (await createToken(db, "ADMIN", "first-admin")).token;
}
