import { TOLERANCE } from "../model/tolerance.js";
import { NODE_LABELS } from "../model/vocabulary.js";

/**
 * The dependency graph in memory, as the engine reads it: nodes as dense integers, each
 * node's DEPENDS_ON edges as slots of alternatives, and ACCESSES / ADMINISTERS as adjacency,
 * all in compressed sparse rows over typed arrays. Built once per graph version.
 */
export const KIND = { Organisation: 0, CareService: 1, System: 2, DataStore: 3, Supplier: 4 } as const;
export type KindCode = (typeof KIND)[keyof typeof KIND];
/** Labels by kind code: the model's node labels, in KIND's order. */
export const KIND_LABELS = NODE_LABELS;
export type KindLabel = (typeof KIND_LABELS)[number];

/** Finds a node's index by its id: a map where the projection was built, a sorted search where it was shared. */
export interface IdIndex {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

export interface Projection {
  readonly n: number;
  /**
   * Node i's id. Where the projection is shared between threads it is read from the one copy of
   * the ids in shared memory, decoded on demand: no thread holds millions of id strings.
   */
  readonly idOf: (i: number) => string;
  /** Below, at or above 0 as node a's id sorts before, with or after node b's (the order of `<` on strings). */
  readonly compareIds: (a: number, b: number) => number;
  readonly indexOf: IdIndex;
  readonly kind: Uint8Array;
  /** The operating organisation's index, or -1. */
  readonly organisation: Int32Array;
  /** For organisations, the index of their region in `regions`; -1 elsewhere or where none is given. */
  readonly region: Int32Array;
  readonly regions: readonly string[];
  /** Node i owns slots slotStart[i] .. slotStart[i+1]-1. */
  readonly slotStart: Int32Array;
  /** κ: the share of function a node keeps when the slot delivers nothing. */
  readonly slotFallback: Float64Array;
  /** Slot s has members memberStart[s] .. memberStart[s+1]-1. */
  readonly memberStart: Int32Array;
  readonly memberTarget: Int32Array;
  /** Each group's shares add up to at least 1 here (see shortGroups), so nothing lost means every node at 1. */
  readonly memberShare: Float64Array;
  /**
   * Groups whose stored shares add up to less than 1 (written before that rule, or behind the
   * API). The projection scales their shares up to add to 1, so harm is measured against the
   * graph as it runs today and nothing is affected when nothing is lost.
   */
  readonly shortGroups: readonly ShortGroup[];
  /** Reverse DEPENDS_ON: the nodes that name p in a slot are dependent[dependentStart[p] ..]. */
  readonly dependentStart: Int32Array;
  readonly dependent: Int32Array;
  /** Care services (NaN where absent). */
  readonly patientsPerDay: Float64Array;
  readonly severity: Uint8Array;
  readonly toleranceHours: Float64Array;
  readonly workaroundCapacity: Float64Array;
  readonly workaroundHours: Float64Array;
  /** Systems, data stores and suppliers: hours to bring the node back after its loss (NaN where none is recorded). */
  readonly recoveryHours: Float64Array;
  /** Data stores: records and tier 1..4. */
  readonly records: Float64Array;
  readonly tier: Uint8Array;
  /** ADMINISTERS (from → to) and ACCESSES (system → store). */
  readonly adminStart: Int32Array;
  readonly adminTarget: Int32Array;
  readonly accessStart: Int32Array;
  readonly accessTarget: Int32Array;
  /**
   * Hosting (model section 10): per system, the supplier whose relationships its `hosting`
   * implies (-1 for none), and which of them (IMPLIED bits) are laid out above as edges.
   * Explanations read these to say a step is implied; computations never need to.
   */
  readonly hostSupplier: Int32Array;
  readonly implied: Uint8Array;
}

/** The order of `<` on strings, as a comparator. */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Id lookups over an array of ids, as a projection built in this thread holds them. */
export function idsOfArray(ids: readonly string[]): Pick<Projection, "idOf" | "compareIds"> {
  return { idOf: (i) => ids[i]!, compareIds: (a, b) => compareStrings(ids[a]!, ids[b]!) };
}

export interface ShortGroup {
  node: number;
  group: string;
  /** The stored shares' sum, below 1. */
  shares: number;
}

/** At or above this, a node stands at full capability (model section 2's tolerance). */
export const FULL = 1 - TOLERANCE;
/** Below this, a node has stopped (FAILED); between the two it is DEGRADED. */
export const STOPPED = TOLERANCE;
