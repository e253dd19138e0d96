import { Engine } from "../engine/engine.js";
import type { ScoringProfile } from "../engine/profile.js";
import { rankAssets, type Ranking } from "../engine/ranking.js";
import { toleranceBreaches, type ToleranceBreach } from "../engine/tolerance.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import type { NodeRecord } from "../graph/nodes.js";
import { loadProjection } from "../graph/projection-load.js";

export interface ShortGroupView {
  node: string;
  group: string;
  shares: number;
}

export function shortGroupsOf(engine: Engine): ShortGroupView[] {
  const p = engine.p;
  return p.shortGroups.map((g) => ({ node: p.ids[g.node]!, group: g.group, shares: g.shares }));
}

interface Loaded {
  version: number;
  /** Nodes read for this version, for answers that name them. */
  nodes: Map<string, NodeRecord>;
  engine: Engine;
  rankings: Map<string, Ranking>;
  /** The estate's tolerance breaches, computed once per version when first asked. */
  breaches?: ToleranceBreach[];
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
  nodeCache(version: number): Map<string, NodeRecord> | null {
    return this.current?.version === version ? this.current.nodes : null;
  }

  async ranking(hours: number, profile: ScoringProfile, version?: number, recovery = false): Promise<{ engine: Engine; rows: Ranking; version: number }> {
    const loaded = await this.fresh(version);
    const key = `${hours}|${profile.name}|${recovery ? "recovery" : "lost"}`;
    let rows = loaded.rankings.get(key);
    if (!rows) {
      rows = rankAssets(loaded.engine, hours, profile, recovery);
      // A handful of horizons and profiles are in use at a time; keep the cache bounded all the same.
      if (loaded.rankings.size >= 8) loaded.rankings.delete(loaded.rankings.keys().next().value!);
      loaded.rankings.set(key, rows);
    }
    return { engine: loaded.engine, rows, version: loaded.version };
  }

  /** Every tolerance breach of the estate (model section 9), cached per graph version like the rankings. */
  async toleranceBreaches(version?: number): Promise<{ engine: Engine; breaches: ToleranceBreach[] }> {
    const loaded = await this.fresh(version);
    loaded.breaches ??= toleranceBreaches(loaded.engine);
    return { engine: loaded.engine, breaches: loaded.breaches };
  }

  /**
   * Redundancy groups of the loaded graph whose shares add up to less than 1 (stored before that
   * rule, or written behind the API): the engine reads them as carrying the whole need, and
   * /health and graphSummary name them. Null until a graph is loaded.
   */
  shortGroups(): ShortGroupView[] | null {
    const engine = this.current?.engine;
    return engine ? shortGroupsOf(engine) : null;
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
    this.current = { version, engine, nodes: new Map(), rankings: new Map() };
    return this.current;
  }
}
