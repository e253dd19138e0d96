import { AvailabilityRunner } from "../../server/engine/availability.js";
import type { Engine } from "../../server/engine/engine.js";

/** Every node's capability with `lost` lost: the whole array, which the server never needs, for comparing with brute force. */
export function capabilities(engine: Engine, lost: readonly number[]): Float64Array {
  const runner = new AvailabilityRunner(engine.p);
  runner.run([...new Set(lost)]);
  return runner.cap.slice();
}
