import type { Engine } from "../engine/engine.js";
import { KIND } from "../engine/projection.js";
import { singlePointsOfFailure } from "../engine/spof.js";

/**
 * The engine's work for a previewed change's effect, on one graph at a time: which care
 * services a change can reach, and the single points of failure of each of them.
 */
export const CHANGE_JOBS = {
  /** The care services that depend, directly or not, on any of `nodes` (or are one of them). */
  servicesReaching: (engine: Engine, a: { nodes: number[] }): Int32Array => {
    const p = engine.p;
    const seen = new Uint8Array(p.n);
    const stack = a.nodes.filter((i) => !seen[i] && (seen[i] = 1));
    const out: number[] = [];
    while (stack.length) {
      const i = stack.pop()!;
      if (p.kind[i] === KIND.CareService) out.push(i);
      for (let k = p.dependentStart[i]!; k < p.dependentStart[i + 1]!; k++) {
        const d = p.dependent[k]!;
        if (!seen[d]) {
          seen[d] = 1;
          stack.push(d);
        }
      }
    }
    return Int32Array.from(out);
  },

  /** Each service's single points of failure, in the order asked. */
  singlePointsOfEach: (engine: Engine, a: { services: number[] }): Int32Array[] =>
    a.services.map((s) => Int32Array.from(singlePointsOfFailure(engine, s))),
};
