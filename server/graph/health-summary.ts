import { NODE_LABELS } from "../model/enums.js";
import type { Database } from "./database.js";
import type { GraphSummary } from "./nodes.js";

// Counts by a fixed label come from the count store: constant time at any scale.
const QUERY = `${NODE_LABELS.map((l, i) => `CALL { MATCH (n:${l}) RETURN count(n) AS c${i} }`).join("\n")}
CALL { MATCH ()-[r]->() RETURN count(r) AS rels }
OPTIONAL MATCH (m:Meta {key: 'graph'})
RETURN [${NODE_LABELS.map((_, i) => `c${i}`).join(", ")}] AS counts, rels, coalesce(m.version, 0) AS version`;

/** The graph summary in one statement and one round trip, not retried: for /health. */
export async function healthSummary(db: Database): Promise<GraphSummary> {
  const [row] = await db.readOnce(QUERY, {}, (r) => ({
    counts: (r.get("counts") as number[]).map((count, i) => ({ label: NODE_LABELS[i]!, count })),
    relationships: r.get("rels") as number,
    version: r.get("version") as number,
  }));
  if (!row) throw new Error("no summary");
  return row;
}
