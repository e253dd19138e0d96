import type { Projection } from "./projection.js";
import type { ScoringProfile } from "./profile.js";
import { KIND } from "./projection.js";

const EMPTY = new Int32Array(0);

/** The confidentiality harm of exposing one data store under a profile (model section 4): its tier's weight × records × the record factor. */
export function storeHarm(p: Projection, store: number, profile: ScoringProfile): number {
  return profile.tierWeights[p.tier[store]! - 1]! * p.records[store]! * profile.recordFactor;
}

export interface Exposure {
  /** K closed under ADMINISTERS. */
  controlled: Int32Array;
  /** Data stores in the controlled set or ACCESSES-ed by a system in it, ascending. */
  exposed: Int32Array;
  harm: number;
}

/** Reusable marks for exposure runs, so ranking every asset allocates nothing per asset. */
export class ExposureRunner {
  private readonly controlledMark: Uint8Array;
  private readonly exposedMark: Uint8Array;
  private readonly stack: Int32Array;
  private readonly controlled: Int32Array;
  private readonly exposed: Int32Array;

  constructor(private readonly p: Projection) {
    this.controlledMark = new Uint8Array(p.n);
    this.exposedMark = new Uint8Array(p.n);
    this.stack = new Int32Array(p.n);
    this.controlled = new Int32Array(p.n);
    this.exposed = new Int32Array(p.n);
  }

  /** Confidentiality harm of compromising `compromised` (model section 4). Results are views valid until the next run. */
  run(compromised: readonly number[], profile: ScoringProfile, copy = true): Exposure {
    const { p, controlledMark, exposedMark, stack, controlled, exposed } = this;
    let nc = 0;
    let ne = 0;
    let top = 0;
    const expose = (d: number): void => {
      if (!exposedMark[d]) {
        exposedMark[d] = 1;
        exposed[ne++] = d;
      }
    };
    for (const k of compromised) {
      if (!controlledMark[k]) {
        controlledMark[k] = 1;
        stack[top++] = k;
      }
    }
    while (top > 0) {
      const x = stack[--top]!;
      controlled[nc++] = x;
      if (p.kind[x] === KIND.DataStore) expose(x);
      for (let e = p.accessStart[x]!, end = p.accessStart[x + 1]!; e < end; e++) expose(p.accessTarget[e]!);
      for (let e = p.adminStart[x]!, end = p.adminStart[x + 1]!; e < end; e++) {
        const y = p.adminTarget[e]!;
        if (!controlledMark[y]) {
          controlledMark[y] = 1;
          stack[top++] = y;
        }
      }
    }
    let harm = 0;
    for (let i = 0; i < ne; i++) {
      const d = exposed[i]!;
      harm += storeHarm(p, d, profile);
      exposedMark[d] = 0;
    }
    for (let i = 0; i < nc; i++) controlledMark[controlled[i]!] = 0;
    if (!copy) return { controlled: EMPTY, exposed: EMPTY, harm };
    return {
      controlled: controlled.slice(0, nc).sort(),
      exposed: exposed.slice(0, ne).sort(),
      harm,
    };
  }

  /** Harm only, for the ranking: no copies. */
  harmOf(x: number, profile: ScoringProfile): number {
    return this.run([x], profile, false).harm;
  }
}
