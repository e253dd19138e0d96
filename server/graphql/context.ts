import DataLoader from "dataloader";
import type { AnalysisService } from "../analysis/analysis.js";
import type { GraphSnapshot } from "../analysis/snapshot.js";
import type { Register } from "../register/register.js";
import type { Viewer } from "../auth/roles.js";
import type { Database } from "../graph/database.js";
import { getNodes, type NodeRecord } from "../graph/nodes.js";
import type { CostBudget } from "./whole-lists.js";
import type { SignInFailures } from "../auth/sign-in-failures.js";
import type { UploadLimits } from "../import/upload-limits.js";

/** What every resolver receives: the database, the engine's keeper, who is asking, a node loader. */
export interface Context {
  db: Database;
  analysis: AnalysisService;
  register: Register;
  /** Refused sign-ins and tokens by address, for administrators to see. */
  signInFailures: SignInFailures;
  viewer: Viewer | null;
  /** The graph version read as the request began: analysis answers are made from at least this version. */
  graphVersion: number;
  /** The graph this request asks about: live at graphVersion, or as it stood at `asOf`; resolved once per request. */
  graph: (asOf?: Date | null) => Promise<GraphSnapshot>;
  /** What an import's CSV and XLSX files may hold. */
  uploadLimits: UploadLimits;
  /** Batches every node a response names into one query per tick. */
  nodes: DataLoader<string, NodeRecord | null>;
  /** What is left of the request's cost limit, set once its operation is costed; lists answered whole are charged against it. */
  cost?: CostBudget;
}

/**
 * Loads nodes by id, batched per tick. With a cache (the analysis keeps one per graph version),
 * nodes already read for that version are not read again.
 */
export function nodeLoader(db: Database, cache: Map<string, NodeRecord> | null = null): DataLoader<string, NodeRecord | null> {
  return new DataLoader(
    async (ids) => {
      const known = new Map<string, NodeRecord>();
      const missing: string[] = [];
      for (const id of ids) {
        const hit = cache?.get(id);
        if (hit) known.set(id, hit);
        else missing.push(id);
      }
      for (const [id, n] of missing.length ? await getNodes(db, missing) : []) {
        known.set(id, n);
        cache?.set(id, n);
      }
      return ids.map((id) => known.get(id) ?? null);
    },
    { maxBatchSize: 50_000 },
  );
}

/** One request's view of the graph: each point in time it asks about is resolved once. */
export function graphOfRequest(analysis: AnalysisService, version: number): Context["graph"] {
  const seen = new Map<string, Promise<GraphSnapshot>>();
  return (asOf) => {
    const key = asOf ? asOf.toISOString() : "live";
    let g = seen.get(key);
    if (!g) seen.set(key, (g = analysis.graphs.graphAt(asOf, version)));
    return g;
  };
}
