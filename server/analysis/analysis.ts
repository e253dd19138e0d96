import { Engine } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets, type RankedRow } from "../engine/ranking.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import { loadProjection } from "../graph/projection-load.js";

interface Loaded {
  version: number;
  engine: Engine;
  rankings: Map<string, RankedRow[]>;
  loadedAt: Date;
  loadMs: number;
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

  async engine(): Promise<Engine> {
    return (await this.fresh()).engine;
  }

  async ranking(hours: number, profile: ScoringProfile): Promise<{ engine: Engine; rows: RankedRow[] }> {
    const loaded = await this.fresh();
    const key = `${hours}|${profile.name}`;
    let rows = loaded.rankings.get(key);
    if (!rows) {
      rows = rankAssets(loaded.engine, hours, profile);
      // A handful of horizons and profiles are in use at a time; keep the cache bounded all the same.
      if (loaded.rankings.size >= 16) loaded.rankings.delete(loaded.rankings.keys().next().value!);
      loaded.rankings.set(key, rows);
    }
    return { engine: loaded.engine, rows };
  }

  status(): { version: number; nodes: number; loadedAt: Date; loadMs: number } | null {
    const c = this.current;
    return c ? { version: c.version, nodes: c.engine.p.n, loadedAt: c.loadedAt, loadMs: c.loadMs } : null;
  }

  private async fresh(): Promise<Loaded> {
    const version = await this.db.read(readGraphVersion);
    if (this.current && this.current.version === version) return this.current;
    // One load at a time; callers arriving meanwhile share it.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    const loaded = await this.loading;
    return loaded.version >= version ? loaded : this.fresh();
  }

  private async load(): Promise<Loaded> {
    const started = performance.now();
    const { projection, version } = await loadProjection(this.db);
    const engine = new Engine(projection);
    this.current = { version, engine, rankings: new Map(), loadedAt: new Date(), loadMs: performance.now() - started };
    return this.current;
  }
}
