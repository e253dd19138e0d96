import type { Database } from "../../server/graph/database.js";

/**
 * The most memory Neo4j counted against any one transaction (its state, and the statement it
 * runs) while this sampler ran, read from SHOW TRANSACTIONS four times a second. That count is
 * what `db.memory.transaction.total.max` limits.
 */
export class TransactionMemory {
  private most = 0;
  private readonly timer: NodeJS.Timeout;
  private pending = false;

  constructor(private readonly db: Database) {
    this.timer = setInterval(() => void this.sample(), 250);
  }

  stop(): number {
    clearInterval(this.timer);
    return this.most;
  }

  private async sample(): Promise<void> {
    if (this.pending) return;
    this.pending = true;
    try {
      const used = await this.db.readOnce(
        "SHOW TRANSACTIONS YIELD currentQuery, estimatedUsedHeapMemory, allocatedDirectBytes WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN coalesce(estimatedUsedHeapMemory, 0) + coalesce(allocatedDirectBytes, 0) AS bytes",
        {},
        (r) => Number(r.get("bytes")),
      );
      this.most = Math.max(this.most, ...used);
    } catch {
      // A sample missed while the database is busy is only a sample.
    } finally {
      this.pending = false;
    }
  }
}
