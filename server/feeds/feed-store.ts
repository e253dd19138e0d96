import { createHash, randomBytes, randomUUID } from "node:crypto";
import { appendEvent } from "../audit/audit-log.js";
import type { Viewer } from "../auth/roles.js";
import { scopeList, scopeOf, type Scope } from "../base/scope.js";
import type { Database } from "../graph/database.js";
import { personKey } from "../register/acceptance-rules.js";

/**
 * Review calendars at secret addresses. Only the secret's hash is stored, as with tokens: the
 * address is shown once. A feed carries its owner's scope as it was made; it stops when revoked,
 * when its owner makes a new one, or when the token it was made with is revoked.
 */
const hashOf = (secret: string): string => createHash("sha256").update(secret).digest("hex");

export const FEED_PREFIX = "/feeds/reviews/";

export async function createFeed(db: Database, viewer: Viewer): Promise<{ path: string; createdAt: Date }> {
  const secret = randomBytes(32).toString("base64url");
  const id = randomUUID();
  const createdAt = await db.write(async (tx) => {
    await tx.run("MATCH (f:ReviewFeed {person: $person}) WHERE f.revokedAt IS NULL SET f.revokedAt = toString(datetime())", {
      person: personKey(viewer),
    });
    const r = await tx.run(
      `CREATE (f:ReviewFeed {id: $id, hash: $hash, person: $person, name: $name, tokenId: $tokenId, organisations: $organisations, createdAt: toString(datetime())})
       RETURN f.createdAt AS at`,
      {
        id,
        hash: hashOf(secret),
        person: personKey(viewer),
        name: viewer.name,
        tokenId: viewer.tokenId,
        organisations: scopeList(viewer.scope),
      },
    );
    await appendEvent(tx, viewer, { action: "feed.create", target: id, summary: `review calendar for ${viewer.name}` });
    return r.records[0]!.get("at") as string;
  });
  return { path: `${FEED_PREFIX}${secret}.ics`, createdAt: new Date(createdAt) };
}

export function revokeFeeds(db: Database, viewer: Viewer): Promise<number> {
  return db.write(async (tx) => {
    const r = await tx.run(
      "MATCH (f:ReviewFeed {person: $person}) WHERE f.revokedAt IS NULL SET f.revokedAt = toString(datetime()) RETURN count(f) AS n",
      {
        person: personKey(viewer),
      },
    );
    const n = Number(r.records[0]?.get("n") ?? 0);
    if (n)
      await appendEvent(tx, viewer, {
        action: "feed.revoke",
        target: null,
        summary: `${n} review calendar address(es) of ${viewer.name} stopped`,
      });
    return n;
  });
}

/** The feed's owner and scope, or null when the secret names no live feed. */
export async function findFeed(db: Database, secret: string): Promise<{ name: string; scope: Scope } | null> {
  if (secret.length > 100) return null;
  const [row] = await db.readOnce(
    `MATCH (f:ReviewFeed {hash: $hash}) WHERE f.revokedAt IS NULL
     OPTIONAL MATCH (t:ApiToken {id: f.tokenId})
     WITH f, t WHERE t IS NULL OR t.revokedAt IS NULL
     RETURN f.name AS name, f.organisations AS organisations`,
    { hash: hashOf(secret) },
    (r) => ({ name: r.get("name") as string, organisations: r.get("organisations") as string[] | null }),
  );
  return row ? { name: row.name, scope: scopeOf(row.organisations) } : null;
}
