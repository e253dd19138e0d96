import type { Engine } from "./engine.js";
import { KIND, STOPPED } from "./projection.js";
import { AvailabilityRunner } from "./availability.js";
import { dependenciesOf } from "./query.js";

/**
 * The single points of failure of service `s` (model section 5): every node x ≠ s whose lone
 * loss stops s. Only s's upstream can matter, so each trial propagates within it alone.
 */
export function singlePointsOfFailure(engine: Engine, s: number): number[] {
  const p = engine.p;
  const upstream = upstreamOf(engine, s);
  const within = new Uint8Array(p.n);
  for (const u of upstream) within[u] = 1;
  within[s] = 1;
  const runner = new AvailabilityRunner(p, within);
  const out: number[] = [];
  const single = [0];
  for (const x of upstream) {
    if (x === s || p.kind[x] === KIND.Organisation) continue;
    single[0] = x;
    runner.run(single);
    if (runner.cap[s]! < STOPPED) out.push(x);
    runner.reset();
  }
  return out.sort((a, b) => p.compareIds(a, b));
}

/** Every node s depends on, directly or through others. */
export function upstreamOf(engine: Engine, s: number): number[] {
  return dependenciesOf(engine.p, s);
}
