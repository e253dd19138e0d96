import { LRUCache } from "lru-cache";
import { Engine } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets, type Ranking } from "../engine/ranking.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import type { NodeRecord } from "../graph/nodes.js";
import { loadProjection } from "../graph/projection-load.js";

/** Nodes read for one graph version, for answers that name them; the least recently used go first. */
export type NodeCache = LRUCache<string, NodeRecord>;

interface Loaded {
  version: number;
  nodes: NodeCache;
  engine: Engine;
  /** By horizon and profile: a handful are in use at a time; the bound holds all the same. */
  rankings: LRUCache<string, Ranking>;
}

/**
 * Keeps the engine in step with the graph. Every answer first reads the graph's version (one
 * indexed lookup) and reloads the projection when it moved, so a change shows in the very next
 * answer whoever made it. Rankings are cached per version, horizon and profile.
 */
export class Analysis {
  private current: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;

  constructor(private readonly db: Database) {}

  /** The engine for at least graph `version` (read now when not given). */
  async engine(version?: number): Promise<Engine> {
    return (await this.fresh(version)).engine;
  }

  /** The node cache of `version`, if that is the version loaded. */
  nodeCache(version: number): NodeCache | null {
    return this.current?.version === version ? this.current.nodes : null;
  }

  async ranking(hours: number, profile: ScoringProfile, version?: number): Promise<{ engine: Engine; rows: Ranking; version: number }> {
    const loaded = await this.fresh(version);
    const key = `${hours}|${profile.name}`;
    let rows = loaded.rankings.get(key);
    if (!rows) {
      rows = rankAssets(loaded.engine, hours, profile);
      loaded.rankings.set(key, rows);
    }
    return { engine: loaded.engine, rows, version: loaded.version };
  }

  /** The graph version the engine was last loaded from, if any. */
  loadedVersion(): number | null {
    return this.current?.version ?? null;
  }

  private async fresh(known?: number): Promise<Loaded> {
    const version = known ?? (await this.db.read(readGraphVersion));
    if (this.current && this.current.version >= version) return this.current;
    // One load at a time; callers arriving meanwhile share it.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    const loaded = await this.loading;
    return loaded.version >= version ? loaded : this.fresh(version);
  }

  private async load(): Promise<Loaded> {
    const { projection, version } = await loadProjection(this.db);
    const engine = new Engine(projection);
    this.current = { version, engine, nodes: new LRUCache({ max: 100_000 }), rankings: new LRUCache({ max: 8 }) };
    return this.current;
  }
}
