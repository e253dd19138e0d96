import { randomBytes } from "node:crypto";
import { appendEvent } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { permissionsOf, type Permission, type Role, type Viewer } from "./roles.js";
import { scopeList, scopeOf, type Scope } from "../base/scope.js";
import { hashToken } from "./tokens.js";
import { insertSession, markSessionEnded, readLiveSession, touchSession } from "./store.js";

export interface Person {
  issuer: string;
  subject: string;
  name: string;
  role: Role;
  scope: Scope;
  extra: Permission[];
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** Last-seen times are written at most this often: the idle limit is kept to within a minute. */
const TOUCH_MS = 60_000;

/** Starts a browser session; only the SHA-256 of its id is stored. Returns the id, for the cookie alone. */
export async function startSession(db: Database, p: Person, limits: SessionLimits): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = Date.now();
  await db.write(async (tx) => {
    await insertSession(tx, {
      hash: hashToken(id),
      issuer: p.issuer,
      subject: p.subject,
      name: p.name,
      role: p.role,
      organisations: scopeList(p.scope),
      extra: p.extra,
      now,
      expiresAt: now + limits.absoluteMs,
    });
    const actor = { name: p.name, role: p.role, issuer: p.issuer, subject: p.subject, scope: p.scope };
    await appendEvent(tx, actor, { action: "session.start", target: null, summary: `${p.name} signed in as ${p.role}` });
  });
  return id;
}

/** The person of a live session, or null when it is unknown, ended, idle too long or past its absolute limit. */
export async function sessionViewer(db: Database, id: string, limits: SessionLimits): Promise<Viewer | null> {
  const now = Date.now();
  const row = await readLiveSession(db, hashToken(id), now, now - limits.idleMs);
  if (!row) return null;
  if (now - Number(row.lastSeenAt) > TOUCH_MS) {
    await touchSession(db, hashToken(id), now);
  }
  return {
    tokenId: hashToken(id).slice(0, 16),
    name: row.name,
    role: row.role,
    permissions: permissionsOf(row.role, row.extra ?? []),
    scope: scopeOf(row.organisations),
    issuer: row.issuer,
    subject: row.subject,
    token: null,
    breakGlass: false,
  };
}

/** Ends the session at sign-out: its id is refused from then on. */
export async function endSession(db: Database, id: string): Promise<boolean> {
  return db.write(async (tx) => {
    const ended = await markSessionEnded(tx, hashToken(id), Date.now());
    if (!ended) return false;
    const actor = { name: ended.name, role: ended.role, issuer: ended.issuer, subject: ended.subject, scope: scopeOf(ended.organisations) };
    await appendEvent(tx, actor, { action: "session.end", target: null, summary: `${actor.name} signed out` });
    return true;
  });
}
