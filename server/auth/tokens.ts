import { createHash, randomBytes, randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../audit/actors.js";
import { appendEvent, type Actor } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { permissionsOf, type Role, type Viewer } from "./roles.js";
import { scopeList, scopeOf, type Scope } from "../base/scope.js";
import { countTokens, insertToken, markTokensRevoked, readTokenAndVersion, type TokenInfo } from "./store.js";

const PREFIX = "him_";

/**
 * Tokens are 256 random bits; only their SHA-256 is stored. A slow hash buys nothing for a
 * secret of this entropy and would cost every request.
 */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export interface TokenOptions {
  scope?: Scope;
  /** Marks every use in the audit trail: the command line's ADMIN token with no scope. */
  breakGlass?: boolean;
}

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
    const created = await insertToken(tx, { hash: hashToken(token), id, name, role, organisations, breakGlass: o.breakGlass ?? false });
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
  const row = await readTokenAndVersion(db, hash);
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

/** Revokes by id or by name; returns how many tokens it revoked. */
export function revokeToken(db: Database, idOrName: string, actor: Actor): Promise<number> {
  return db.write(async (tx) => {
    const revoked = await markTokensRevoked(tx, idOrName);
    for (const t of revoked)
      await appendEvent(tx, actor, { action: "token.revoke", target: t.id, summary: `revoked ${t.role} token of ${t.name}`, after: t });
    return revoked.length;
  });
}

/** On first start there is no token at all: make one ADMIN token, to be printed once. */
export async function ensureFirstAdmin(db: Database): Promise<string | null> {
  if ((await countTokens(db)) > 0) return null;
  // Printed once on this machine's console, it is the command line's ADMIN token: the break-glass.
  return (await createToken(db, "ADMIN", "first-admin", SYSTEM_ACTOR, { breakGlass: true })).token;
}
