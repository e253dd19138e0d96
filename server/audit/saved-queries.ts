import { randomUUID } from "node:crypto";
import type { Actor } from "./audit-log.js";
import { appendEvent } from "./audit-log.js";
import type { Database } from "../graph/database.js";

/** A named GraphQL document kept with its author, for anyone to list and run again. */
export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  document: string;
  author: string;
  createdAt: string;
}

export function saveQuery(db: Database, actor: Actor, q: Pick<SavedQuery, "name" | "description" | "document">): Promise<SavedQuery> {
  return db.write(async (tx) => {
    const r = await tx.run(
      `CREATE (s:SavedQuery {id: $id, name: $name, description: $description, document: $document, author: $author, createdAt: toString(datetime())})
       RETURN properties(s) AS s`,
      { id: `query-${randomUUID().slice(0, 8)}`, ...q, author: actor.name },
    );
    const saved = r.records[0]!.get("s") as SavedQuery;
    await appendEvent(tx, actor, { action: "query.save", target: saved.id, summary: `saved query '${saved.name}'`, after: saved });
    return saved;
  });
}

export function listSavedQueries(db: Database): Promise<SavedQuery[]> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (s:SavedQuery) RETURN properties(s) AS s ORDER BY s.createdAt, s.id");
    return r.records.map((rec) => rec.get("s") as SavedQuery);
  });
}

export function getSavedQuery(db: Database, id: string): Promise<SavedQuery | null> {
  return db.read(async (tx) => {
    const r = await tx.run("MATCH (s:SavedQuery {id: $id}) RETURN properties(s) AS s", { id });
    return (r.records[0]?.get("s") as SavedQuery | undefined) ?? null;
  });
}
