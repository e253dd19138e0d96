import type { Database } from "../graph/database.js";
import { requestState, type RequestState } from "./tokens.js";

/**
 * Requests that arrive while a look-up of the same token is in flight share its answer
 * instead of queueing their own round trip: the state they see was read at most one round
 * trip before they arrived. A write made through this process ends sharing at once, so the
 * next request reads the graph version that write produced.
 */
export class RequestStateCache {
  private readonly inFlight = new Map<string, Promise<RequestState>>();

  constructor(private readonly db: Database) {}

  get(token: string | null): Promise<RequestState> {
    const key = token ?? "";
    const shared = this.inFlight.get(key);
    if (shared) return shared;
    const flight = requestState(this.db, token).finally(() => {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    });
    this.inFlight.set(key, flight);
    return flight;
  }

  /** Called after every write through this process. */
  invalidate(): void {
    this.inFlight.clear();
  }
}
