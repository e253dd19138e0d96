import { LRUCache } from "lru-cache";
import { Engine } from "../engine/engine.js";
import type { Projection } from "../engine/projection.js";
import type { Ranking } from "../engine/ranking.js";
import type { NodeRecord } from "../graph/nodes.js";
import type { InterchangeDocument } from "../model/document.js";
import type { NodeSnapshot } from "./models.js";
import { shareProjection, sharedBytes, type SharedProjection } from "./shared-projection.js";
import type { JobGraph } from "./work-lane.js";

/** A graph as it stood at a past time, rebuilt from the audit trail. */
export interface PastState {
  document: InterchangeDocument;
  /** Its nodes, for answers about that time. */
  nodes: NodeSnapshot;
  /** The last graph change it includes. */
  seq: number;
}

const RANKINGS_KEPT = 8;
/**
 * Bytes of finished rankings a graph keeps, the last asked kept longest (one larger than the
 * whole budget, past 5.9 million assets, is not kept). A ranking costs 28 bytes
 * an asset: all eight are kept at a trust's or an ICS's scale, two or three at national scale,
 * where eight (63 MiB each) held 500 MiB until the graph changed.
 */
const RANKING_BYTES_KEPT = 160 * 2 ** 20;
/** Scenarios kept a graph: a radius being explored is asked again as each group is opened. */
const SCENARIOS_KEPT = 4;

/**
 * One graph, live at a version or as it stood at a time: its projection (in shared memory
 * when workers read it), the node details read for it, and the rankings made of it. The
 * engine is built here only when jobs run inline.
 */
export class GraphSnapshot implements JobGraph {
  /** Node details read for this version, for answers that name them (live graphs only). */
  readonly nodeCache = new Map<string, NodeRecord>();
  /** A ranking counts 1 while it is made, then its bytes: those asked longest ago go first. */
  private readonly rankings = new LRUCache<string, Promise<Ranking>>({
    max: RANKINGS_KEPT,
    maxSize: RANKING_BYTES_KEPT,
    sizeCalculation: () => 1,
  });
  private readonly made = new Map<string, Promise<unknown>>();
  private readonly scenarios = new LRUCache<string, Promise<unknown>>({ max: SCENARIOS_KEPT });
  private sharedForm: SharedProjection | null = null;
  private inlineEngine: Engine | null = null;
  private p: Projection;

  constructor(
    /** v<version> for the live graph, h<seq> for a past one: cursors and caches name it. */
    readonly key: string,
    projection: Projection,
    readonly past: PastState | null,
    share: boolean,
  ) {
    this.p = projection;
    if (share) this.shared();
  }

  /** A live graph a loading thread has already put in shared memory. */
  static ofShared(shared: SharedProjection, projection: Projection): GraphSnapshot {
    const g = new GraphSnapshot(shared.key, projection, null, false);
    g.sharedForm = shared;
    return g;
  }

  get projection(): Projection {
    return this.p;
  }

  /** Nodes as they stood, for a past graph; undefined for the live one (read from Neo4j). */
  get pastNodes(): NodeSnapshot | undefined {
    return this.past?.nodes;
  }

  shared(): SharedProjection {
    if (!this.sharedForm) {
      const { shared, projection } = shareProjection(this.key, this.p);
      this.sharedForm = shared;
      this.p = projection;
    }
    return this.sharedForm;
  }

  /** Bytes of shared memory this graph's projection holds, once shared. */
  sharedBytes(): { columns: number; ids: number } | null {
    return this.sharedForm ? sharedBytes(this.sharedForm) : null;
  }

  engine(): Engine {
    return (this.inlineEngine ??= new Engine(this.p));
  }

  /** A ranking made once per horizon and profile; a failed one is forgotten, so a retry runs it again. */
  ranking(key: string, make: () => Promise<Ranking>): Promise<Ranking> {
    return kept(this.rankings as PromiseStore, key, () => {
      const made = make();
      made.then(
        (r) => {
          if (this.rankings.peek(key) !== made) return;
          // Set again, not in place: the cache takes a new size only with a new entry.
          this.rankings.delete(key);
          this.rankings.set(key, made, { size: rankingBytes(r) });
        },
        () => {},
      );
      return made;
    });
  }

  /** Other estate-wide answers made once per graph (a tolerance report); a failed one is forgotten. */
  memo<T>(key: string, make: () => Promise<T>): Promise<T> {
    return kept(this.made, key, make);
  }

  /** A scenario's answer kept while it is among the few asked last; a failed one is forgotten. */
  scenario<T>(key: string, make: () => Promise<T>): Promise<T> {
    return kept(this.scenarios, key, make);
  }
}

const rankingBytes = (r: Ranking): number =>
  r.node.byteLength + r.score.byteLength + r.availabilityHarm.byteLength + r.confidentialityHarm.byteLength;

/** A Map or an LRU cache of answers still to come. */
interface PromiseStore {
  get(key: string): Promise<unknown> | undefined;
  set(key: string, value: Promise<unknown>): unknown;
  delete(key: string): unknown;
}

/** The answer kept under `key`, made when there is none; a failed one is forgotten, so a retry makes it again. */
function kept<T>(store: PromiseStore, key: string, make: () => Promise<T>): Promise<T> {
  const held = store.get(key) as Promise<T> | undefined;
  if (held) return held;
  const made = make();
  made.catch(() => {
    if (store.get(key) === made) store.delete(key);
  });
  store.set(key, made);
  return made;
}
