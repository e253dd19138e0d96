import { LRUCache } from "lru-cache";
import type { Database } from "../graph/database.js";
import { requestState, type RequestState } from "./tokens.js";
import { bearerToken } from "./bearer.js";
import type { CookieViewer } from "./oidc/cookie-session.js";

/** Tokens remembered at most; the least recently used go first. */
const MAX_ENTRIES = 1000;

/**
 * Who is asking, and which graph version they see: one round trip to Neo4j, shared.
 * Requests that arrive while a look-up of the same token is in flight share it, and a settled
 * answer serves further requests for `ttlMs` (0: only while in flight). Every write made
 * through this process forgets all answers at once, so the next request sees that write; a
 * change made by another process (a token revoked with the CLI, another server's import) is
 * seen within `ttlMs`. Failed look-ups are never kept.
 */
export class RequestStateCache {
  // An entry in flight has no time to live; it gets `ttlMs` once it settles.
  private readonly entries = new LRUCache<string, Promise<RequestState>>({ max: MAX_ENTRIES });
  private readonly versionListeners: Array<(version: number) => void> = [];

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 0,
    private readonly cookie: CookieViewer | null = null,
  ) {}

  /** Who is asking: the bearer token's holder, or else (with sign-in on) the browser session's person. */
  async of(request: Request): Promise<RequestState> {
    const token = bearerToken(request);
    if (token || !this.cookie) return this.get(token);
    const [base, viewer] = await Promise.all([this.get(null), this.cookie(request)]);
    return { ...base, viewer };
  }

  get(token: string | null): Promise<RequestState> {
    const key = token ?? "";
    const hit = this.entries.get(key);
    if (hit) return hit;
    const promise = requestState(this.db, token);
    this.entries.set(key, promise);
    promise.then(
      (state) => {
        for (const listener of this.versionListeners) listener(state.graphVersion);
        if (this.entries.peek(key) !== promise) return;
        if (this.ttlMs > 0) this.entries.set(key, promise, { ttl: this.ttlMs });
        else this.entries.delete(key);
      },
      () => {
        if (this.entries.peek(key) === promise) this.entries.delete(key);
      },
    );
    return promise;
  }

  /** Calls `listener` with the graph version of every look-up made (not of answers served from the cache). */
  onVersion(listener: (version: number) => void): void {
    this.versionListeners.push(listener);
  }

  /** Called after every write through this process. */
  invalidate(): void {
    this.entries.clear();
  }
}
