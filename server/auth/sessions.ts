import { randomBytes } from "node:crypto";
import { appendEvent } from "../audit/audit-log.js";
import type { Database } from "../graph/database.js";
import { permissionsOf, type Permission, type Role, type Viewer } from "./roles.js";
import { scopeList, scopeOf, type Scope } from "../base/scope.js";
import { hashToken } from "./tokens.js";

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
    await tx.run(
      `CREATE (s:BrowserSession {hash: $hash, issuer: $issuer, subject: $subject, name: $name, role: $role, organisations: $organisations,
         extra: $extra, startedAt: $now, lastSeenAt: $now, expiresAt: $expiresAt})`,
      { hash: hashToken(id), ...p, scope: null, organisations: scopeList(p.scope), now, expiresAt: now + limits.absoluteMs },
    );
    const actor = { name: p.name, role: p.role, issuer: p.issuer, subject: p.subject, scope: p.scope };
    await appendEvent(tx, actor, { action: "session.start", target: null, summary: `${p.name} signed in as ${p.role}` });
  });
  return id;
}

/** The person of a live session, or null when it is unknown, ended, idle too long or past its absolute limit. */
export async function sessionViewer(db: Database, id: string, limits: SessionLimits): Promise<Viewer | null> {
  const now = Date.now();
  const [row] = await db.readOnce(
    `MATCH (s:BrowserSession {hash: $hash}) WHERE s.endedAt IS NULL AND s.expiresAt > $now AND s.lastSeenAt > $idleSince
     RETURN s {.issuer, .subject, .name, .role, .organisations, .extra, .lastSeenAt} AS s`,
    { hash: hashToken(id), now, idleSince: now - limits.idleMs },
    (r) =>
      r.get("s") as {
        issuer: string;
        subject: string;
        name: string;
        role: Role;
        organisations: string[] | null;
        extra: Permission[];
        lastSeenAt: number;
      },
  );
  if (!row) return null;
  if (now - Number(row.lastSeenAt) > TOUCH_MS) {
    await db.write((tx) => tx.run("MATCH (s:BrowserSession {hash: $hash}) SET s.lastSeenAt = $now", { hash: hashToken(id), now }));
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
    const r = await tx.run(
      "MATCH (s:BrowserSession {hash: $hash}) WHERE s.endedAt IS NULL SET s.endedAt = $now RETURN s.name AS name, s.role AS role, s.issuer AS issuer, s.subject AS subject, s.organisations AS organisations",
      { hash: hashToken(id), now: Date.now() },
    );
    const rec = r.records[0];
    if (!rec) return false;
    const actor = {
      name: rec.get("name") as string,
      role: rec.get("role") as string,
      issuer: rec.get("issuer") as string,
      subject: rec.get("subject") as string,
      scope: scopeOf(rec.get("organisations") as string[] | null),
    };
    await appendEvent(tx, actor, { action: "session.end", target: null, summary: `${actor.name} signed out` });
    return true;
  });
}
