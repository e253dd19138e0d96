import { createHash, randomBytes, randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { permissionsOf, type Role, type Viewer } from "./roles.js";
import { scopeList, scopeOf, type Scope } from "../base/scope.js";

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
  /** The organisations the role is held for; null: all (tokens made before scopes, too). */
  organisations: string[] | null;
  breakGlass: boolean;
  createdAt: string;
  revokedAt: string | null;
}

export interface TokenOptions {
  scope?: Scope;
  /** Marks every use in the audit trail: the command line's ADMIN token with no scope. */
  breakGlass?: boolean;
}

const TOKEN_FIELDS = "t {.id, .name, .role, .organisations, .breakGlass, .createdAt, .revokedAt}";
const tokenInfo = (t: TokenInfo): TokenInfo => ({
  ...t,
  organisations: t.organisations ?? null,
  breakGlass: t.breakGlass ?? false,
  revokedAt: t.revokedAt ?? null,
});

/** Creates a token and returns it in clear: the only time it is ever seen. */
export async function createToken(
  db: Database,
  role: Role,
  name: string,
  actor: Actor,
  o: TokenOptions = {},
): Promise<{ token: string; info: TokenInfo }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const id = randomUUID();
  const organisations = scopeList(o.scope ?? "ALL");
  const info = await db.write(async (tx) => {
    const r = await tx.run(
      `MERGE (t:ApiToken {hash: $hash})
       ON CREATE SET t.id = $id, t.name = $name, t.role = $role, t.organisations = $organisations, t.breakGlass = $breakGlass,
         t.createdAt = toString(datetime())
       RETURN ${TOKEN_FIELDS} AS t`,
      { hash: hashToken(token), id, name, role, organisations, breakGlass: o.breakGlass ?? false },
    );
    const created = tokenInfo(r.records[0]?.get("t") as TokenInfo);
    const scope = organisations ? organisations.join(", ") : "all organisations";
    await appendEvent(tx, actor, { action: "token.create", target: id, summary: `${role} token for ${name} (${scope})`, after: created });
    return created;
  });
  return { token, info };
}

export interface RequestState {
  viewer: Viewer | null;
  /** The dependency graph's version as this request began. */
  graphVersion: number;
}

/** Who is asking and which graph version they see, in one round trip per request. */
export async function requestState(db: Database, token: string | null): Promise<RequestState> {
  const hash = token && token.startsWith(PREFIX) && token.length <= 200 ? hashToken(token) : "";
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
  const viewer: Viewer | null = row?.id
    ? {
        tokenId: row.id,
        name: row.name,
        role: row.role,
        permissions: permissionsOf(row.role),
        scope: scopeOf(row.organisations),
        issuer: null,
        subject: null,
        token: row.name,
        breakGlass: row.breakGlass,
      }
    : null;
  return { viewer, graphVersion: row?.version ?? 0 };
}

export function listTokens(db: Database): Promise<TokenInfo[]> {
  return db.read(async (tx) => {
    const r = await tx.run(`MATCH (t:ApiToken) RETURN ${TOKEN_FIELDS} AS t ORDER BY t.createdAt`);
    return r.records.map((rec) => tokenInfo(rec.get("t") as TokenInfo));
  });
}

/** Revokes by id or by name; returns how many tokens it revoked. */
export function revokeToken(db: Database, idOrName: string, actor: Actor): Promise<number> {
  return db.write(async (tx) => {
    const r = await tx.run(
      `MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
       SET t.revokedAt = toString(datetime()) RETURN ${TOKEN_FIELDS} AS t`,
      { key: idOrName },
    );
    for (const rec of r.records) {
      const t = rec.get("t") as TokenInfo;
      await appendEvent(tx, actor, { action: "token.revoke", target: t.id, summary: `revoked ${t.role} token of ${t.name}`, after: t });
    }
    return r.records.length;
  });
}

/** On first start there is no token at all: make one ADMIN token, to be printed once. */
export async function ensureFirstAdmin(db: Database): Promise<string | null> {
  const any = await db.read(async (tx) => (await tx.run("MATCH (t:ApiToken) RETURN count(t) AS c")).records[0]?.get("c") as number);
  if (any > 0) return null;
  // Printed once on this machine's console, it is the command line's ADMIN token: the break-glass.
  return (await createToken(db, "ADMIN", "first-admin", SYSTEM_ACTOR, { breakGlass: true })).token;
}
