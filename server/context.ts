import DataLoader from "dataloader";
import type { Analysis } from "./analysis/analysis.js";
import type { Viewer } from "./auth/roles.js";
import type { Database } from "./graph/database.js";
import { getNodes, type NodeRecord } from "./graph/nodes.js";

/** What every resolver receives: the database, the engine's keeper, who is asking, a node loader. */
export interface Context {
  db: Database;
  analysis: Analysis;
  viewer: Viewer | null;
  /** Batches every node a response names into one query per tick. */
  nodes: DataLoader<string, NodeRecord | null>;
}

export function nodeLoader(db: Database): DataLoader<string, NodeRecord | null> {
  return new DataLoader(
    async (ids) => {
      const found = await getNodes(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 50_000 },
  );
}
