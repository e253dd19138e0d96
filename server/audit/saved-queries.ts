import type { Actor } from "./audit-log.js";
import { appendEvent } from "./audit-log.js";
import type { Database } from "../graph/database.js";
import { createSavedQuery } from "./store.js";

/** A named GraphQL document kept with its author, for anyone to list and run again. */
export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  document: string;
  author: string;
  createdAt: string;
}

/** Saves a query and records it in the trail, together. */
export function saveQuery(db: Database, actor: Actor, q: Pick<SavedQuery, "name" | "description" | "document">): Promise<SavedQuery> {
  return db.write(async (tx) => {
    const saved = await createSavedQuery(tx, actor.name, q);
    await appendEvent(tx, actor, { action: "query.save", target: saved.id, summary: `saved query '${saved.name}'`, after: saved });
    return saved;
  });
}
