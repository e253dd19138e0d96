import type { Hosting } from "../model/enums.js";
import { KIND, type Projection } from "./projection.js";
import { HEAP_COLUMNS, type ColumnAlloc } from "./typed-arrays.js";

/**
 * Relationships a system's `hosting` implies toward its `supplier` (model section 10), as
 * bits of the projection's `implied` column: a supplier-hosted system depends on its supplier
 * (FAILS) and is administered by it; a supplier-supported one is administered by it.
 */
export const IMPLIED = { DEPENDS_ON: 1, ADMINISTERS: 2 } as const;

const BITS: Readonly<Record<Hosting, number>> = {
  SUPPLIER_HOSTED: IMPLIED.DEPENDS_ON | IMPLIED.ADMINISTERS,
  SUPPLIER_SUPPORTED: IMPLIED.ADMINISTERS,
  LOCAL: 0,
};

export interface HostingInput {
  supplier: string;
  hosting: Hosting;
}

export interface ImpliedEdges {
  /** Per node: the supplier whose relationships hosting implies, or -1. */
  hostSupplier: Int32Array;
  /** Per node: the IMPLIED bits left after explicit relationships replaced theirs. */
  implied: Uint8Array;
}

/**
 * Works out the implied relationships of a graph's systems. An explicit relationship of the
 * same type between the same pair replaces the implied one, so a `DEGRADES 0.3` dependency on
 * a supplier that hosts only a reporting module keeps its own terms.
 */
export function impliedByHosting(
  n: number,
  hosts: ReadonlyMap<number, HostingInput>,
  indexOf: (id: string) => number | undefined,
  kind: ArrayLike<number>,
  explicit: { depFrom: Int32Array; depTo: Int32Array; adminFrom: Int32Array; adminTo: Int32Array },
  alloc: ColumnAlloc = HEAP_COLUMNS,
): ImpliedEdges {
  const hostSupplier = alloc.int32(n).fill(-1);
  const implied = alloc.uint8(n);
  for (const [i, h] of hosts) {
    const s = indexOf(h.supplier);
    if (s === undefined || kind[s] !== KIND.Supplier || kind[i] !== KIND.System || BITS[h.hosting] === 0) continue;
    hostSupplier[i] = s;
    implied[i] = BITS[h.hosting];
  }
  if (hosts.size === 0) return { hostSupplier, implied };
  const { depFrom, depTo, adminFrom, adminTo } = explicit;
  for (let e = 0; e < depFrom.length; e++) {
    if (hostSupplier[depFrom[e]!] === depTo[e]) implied[depFrom[e]!]! &= ~IMPLIED.DEPENDS_ON;
  }
  for (let e = 0; e < adminFrom.length; e++) {
    if (hostSupplier[adminTo[e]!] === adminFrom[e]) implied[adminTo[e]!]! &= ~IMPLIED.ADMINISTERS;
  }
  return { hostSupplier, implied };
}

/** Whether the DEPENDS_ON edge from → to is one hosting implies (for explanations). */
export function impliedDependency(p: Projection, from: number, to: number): boolean {
  return (p.implied[from]! & IMPLIED.DEPENDS_ON) !== 0 && p.hostSupplier[from] === to;
}

/** Whether the ADMINISTERS edge from → to is one hosting implies (for explanations). */
export function impliedAdministers(p: Projection, from: number, to: number): boolean {
  return (p.implied[to]! & IMPLIED.ADMINISTERS) !== 0 && p.hostSupplier[to] === from;
}
