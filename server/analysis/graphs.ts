import { collectGarbage } from "../base/collect-garbage.js";
import { projectDocument } from "../engine/from-document.js";
import type { Projection } from "../engine/projection.js";
import { HEAP_COLUMNS, SHARED_COLUMNS } from "../engine/typed-arrays.js";
import type { Database } from "../graph/database.js";
import { readGraphVersion } from "../graph/graph-version.js";
import type { NodeRecord } from "../graph/nodes.js";
import { nodeRecordsOf } from "../graph/rows.js";
import { graphAsOf } from "../history/as-of.js";
import type { InterchangeDocument } from "../model/document.js";
import type { LiveLoader } from "./live-loader.js";
import { GraphSnapshot } from "./snapshot.js";

export interface ShortGroupView {
  node: string;
  group: string;
  shares: number;
}

export function shortGroupsOf(p: Projection): ShortGroupView[] {
  return p.shortGroups.map((g) => ({ node: p.idOf(g.node), group: g.group, shares: g.shares }));
}

const PAST_KEPT = 8;

/**
 * The graphs the engine answers on: the live one (loaded again when the graph's version moves,
 * one load at a time), the graph as it stood at a past time (rebuilt from the audit trail, the
 * last few kept), and a previewed change that is not in Neo4j.
 */
export class Graphs {
  private current: GraphSnapshot | null = null;
  /** What stays known of the last live graph loaded while the next one loads and `current` is let go. */
  private last: { version: number; shortGroups: ShortGroupView[] } | null = null;
  private loading: Promise<GraphSnapshot> | null = null;
  private readonly past = new Map<number, Promise<GraphSnapshot>>();
  private proposals = 0;
  private readonly loadListeners: Array<(version: number) => void> = [];

  constructor(
    private readonly db: Database,
    private readonly loader: LiveLoader,
    private readonly threaded: boolean,
    private readonly onLoaded: (g: GraphSnapshot) => void,
    /** The live graph at `version` is let go: a newer one loads. */
    private readonly onReleased: (version: number) => void = () => {},
  ) {}

  /** The live graph, at least at `version` (read now when not given). */
  async live(version?: number): Promise<GraphSnapshot> {
    const wanted = version ?? (await this.db.read(readGraphVersion));
    if (this.current && liveVersion(this.current) >= wanted) return this.current;
    // One load at a time; callers arriving meanwhile share it.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    const loaded = await this.loading;
    return liveVersion(loaded) >= wanted ? loaded : this.live(wanted);
  }

  /** The graph as it stood at `at`, rebuilt from the audit trail; history does not change, so each is kept once built. */
  async asOf(at: Date): Promise<GraphSnapshot> {
    const g = await graphAsOf(this.db, at);
    let built = this.past.get(g.seq);
    if (!built) {
      built = Promise.resolve().then(
        () =>
          new GraphSnapshot(
            `h${g.seq}`,
            // Built in shared memory when the engine's threads will read it: sharing it copies nothing.
            projectDocument(g.document, this.threaded ? SHARED_COLUMNS : HEAP_COLUMNS),
            { document: g.document, nodes: nodeRecordsOf(g.document), seq: g.seq },
            this.threaded,
          ),
      );
      if (this.past.size >= PAST_KEPT) this.past.delete(this.past.keys().next().value!);
      this.past.set(g.seq, built);
    }
    return built;
  }

  /**
   * A graph that is not in Neo4j: the live one with a previewed change applied. Each has a key
   * of its own; the workers forget it as they forget past graphs.
   */
  proposed(document: InterchangeDocument): GraphSnapshot {
    const key = `c${++this.proposals}`;
    const projection = projectDocument(document, this.threaded ? SHARED_COLUMNS : HEAP_COLUMNS);
    return new GraphSnapshot(key, projection, { document, nodes: nodeRecordsOf(document), seq: -1 }, this.threaded);
  }

  /** The graph at `asOf` if given, else live at least at `version`. */
  graphAt(asOf: Date | null | undefined, version: number): Promise<GraphSnapshot> {
    return asOf ? this.asOf(asOf) : this.live(version);
  }

  /** Node details read for live `version`, if that is the version loaded. */
  nodeCache(version: number): Map<string, NodeRecord> | null {
    return this.current && liveVersion(this.current) === version ? this.current.nodeCache : null;
  }

  /**
   * Redundancy groups of the loaded live graph whose shares add up to less than 1 (stored before
   * that rule, or written behind the API): the engine reads them as carrying the whole need, and
   * /health and graphSummary name them. Null until the live graph is loaded.
   */
  shortGroups(): ShortGroupView[] | null {
    return this.last?.shortGroups ?? null;
  }

  /** Calls `listener` with the version of each live graph loaded from now on. */
  onLoad(listener: (version: number) => void): void {
    this.loadListeners.push(listener);
  }

  /** The version of the live graph last loaded, if any. */
  loadedVersion(): number | null {
    return this.last?.version ?? null;
  }

  /** The live graph last loaded, if it still serves (null while a newer one loads). */
  loaded(): GraphSnapshot | null {
    return this.current;
  }

  /**
   * Loads the live graph again. The one serving is let go first: every request from now on wants
   * the newer version and waits for it, so holding the older one (at national scale 320 MiB of
   * columns, with the engines and rankings made of it) beside the load would only double the
   * server's memory. Jobs already running on it keep it until they end.
   */
  private async load(): Promise<GraphSnapshot> {
    if (this.current) {
      this.current = null;
      this.onReleased(this.last!.version);
      collectGarbage();
    }
    this.current = await this.loader.load();
    this.last = { version: liveVersion(this.current), shortGroups: shortGroupsOf(this.current.projection) };
    this.onLoaded(this.current);
    for (const listener of this.loadListeners) listener(liveVersion(this.current));
    return this.current;
  }
}

const liveVersion = (g: GraphSnapshot): number => Number(g.key.slice(1));
