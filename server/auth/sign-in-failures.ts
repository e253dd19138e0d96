import { LRUCache } from "lru-cache";

/** Refused tokens an address may send within WINDOW_MS before it is made to wait. */
export const FAILURES_ALLOWED = 20;
const WINDOW_MS = 60_000;
/** Addresses remembered at most; the least recently seen go first. */
const MAX_ADDRESSES = 10_000;

export interface FailureRecord {
  address: string;
  /** Refused in the current window. */
  count: number;
  /** Refused since the server started. */
  total: number;
  firstAt: Date;
  lastAt: Date;
  /** Until when the address is answered 429 without a look-up; null when it is not held back. */
  throttledUntil: Date | null;
}

/**
 * Failed sign-ins and refused tokens, counted per address (never the token itself): past
 * FAILURES_ALLOWED in a minute the address is answered 429 with Retry-After until the minute
 * is out, and every refusal is logged. Kept in this process: each server counts its own.
 */
export class SignInFailures {
  private readonly byAddress = new LRUCache<string, FailureRecord>({ max: MAX_ADDRESSES });

  constructor(
    private readonly log: (line: string) => void = (l) => console.warn(`[impact-map] ${l}`),
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds the address must wait before its next try, or 0. */
  retryAfter(address: string): number {
    const until = this.byAddress.get(address)?.throttledUntil?.getTime() ?? 0;
    return Math.max(0, Math.ceil((until - this.now()) / 1000));
  }

  record(address: string, what: string): void {
    const now = new Date(this.now());
    const r = this.byAddress.get(address);
    const fresh = !r || now.getTime() - r.firstAt.getTime() > WINDOW_MS;
    const next: FailureRecord = fresh
      ? { address, count: 1, total: (r?.total ?? 0) + 1, firstAt: now, lastAt: now, throttledUntil: null }
      : { ...r, count: r.count + 1, total: r.total + 1, lastAt: now };
    if (next.count > FAILURES_ALLOWED && !next.throttledUntil) {
      next.throttledUntil = new Date(next.firstAt.getTime() + WINDOW_MS);
      this.log(`${address}: ${next.count} refused sign-ins within a minute; held back until ${next.throttledUntil.toISOString()}.`);
    } else if (next.count <= FAILURES_ALLOWED) {
      this.log(`${address}: ${what} refused (${next.count} within a minute).`);
    }
    this.byAddress.set(address, next);
  }

  /** Every address with a refusal remembered, most recent first. */
  list(): FailureRecord[] {
    const now = this.now();
    return [...this.byAddress.values()]
      .map((r) => (r.throttledUntil && r.throttledUntil.getTime() <= now ? { ...r, throttledUntil: null } : r))
      .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
  }
}
