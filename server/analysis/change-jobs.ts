import type { Engine } from "../engine/engine.js";
import { servicesReaching } from "../engine/query.js";
import { singlePointsOfFailure } from "../engine/spof.js";

/**
 * The engine's work for a previewed change's effect, on one graph at a time: which care
 * services a change can reach, and the single points of failure of each of them.
 */
export const CHANGE_JOBS = {
  /** The care services that depend, directly or not, on any of `nodes` (or are one of them). */
  servicesReaching: (engine: Engine, a: { nodes: number[] }): Int32Array => servicesReaching(engine.p, a.nodes),

  /** Each service's single points of failure, in the order asked. */
  singlePointsOfEach: (engine: Engine, a: { services: number[] }): Int32Array[] =>
    a.services.map((s) => Int32Array.from(singlePointsOfFailure(engine, s))),
};
