import type { Database } from "../graph/database.js";
import { requestState, type RequestState } from "./tokens.js";

/** Beyond this many tokens remembered, expired answers are dropped (and, failing that, all). */
const MAX_ENTRIES = 1000;

interface Entry {
  promise: Promise<RequestState>;
  /** When the answer arrived (performance.now()); undefined while the look-up is in flight. */
  settledAt?: number;
}

/**
 * Who is asking, and which graph version they see: one round trip to Neo4j, shared.
 * Requests that arrive while a look-up of the same token is in flight share it, and a settled
 * answer serves further requests for `ttlMs` (0: only while in flight). Every write made
 * through this process forgets all answers at once, so the next request sees that write; a
 * change made by another process (a token revoked with the CLI, another server's import) is
 * seen within `ttlMs`. Failed look-ups are never kept.
 */
export class RequestStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 0,
  ) {}

  get(token: string | null): Promise<RequestState> {
    const key = token ?? "";
    const hit = this.entries.get(key);
    if (hit && (hit.settledAt === undefined || performance.now() - hit.settledAt <= this.ttlMs)) return hit.promise;
    const entry: Entry = { promise: requestState(this.db, token) };
    entry.promise.then(
      () => {
        if (this.entries.get(key) !== entry) return;
        if (this.ttlMs > 0) entry.settledAt = performance.now();
        else this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    this.remember(key, entry);
    return entry.promise;
  }

  /** Called after every write through this process. */
  invalidate(): void {
    this.entries.clear();
  }

  private remember(key: string, entry: Entry): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const now = performance.now();
      for (const [k, e] of this.entries) if (e.settledAt !== undefined && now - e.settledAt > this.ttlMs) this.entries.delete(k);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    }
    this.entries.set(key, entry);
  }
}
