import type { Viewer } from "./auth/roles.js";
import type { Database } from "./graph/database.js";

/** What every resolver receives: the database, and who is asking (null without a valid token). */
export interface Context {
  db: Database;
  viewer: Viewer | null;
}
