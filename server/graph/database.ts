import { AsyncLocalStorage } from "node:async_hooks";
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, Neo4jError, type Session } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { type RequestBudget, timedOut } from "./request-budget.js";

const APP = "health-impact-map";
type TransactionConfig = NonNullable<Parameters<Session["executeRead"]>[1]>;

/** The operation the current work belongs to: a GraphQL operation, the report, a command. */
const operation = new AsyncLocalStorage<string>();

/** Runs `work` with every transaction it starts labelled `name` in its metadata. */
export function withOperation<T>(name: string, work: () => T): T {
  return operation.run(name, work);
}

/** neo4j:// (and neo4j+s://, neo4j+ssc://) routes across a cluster; bolt:// talks to one server. */
const ROUTED = /^neo4j(\+s|\+ssc)?:\/\//i;

export interface DatabaseTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Connections kept to Neo4j, and how long a session waits for one before giving up. */
  pool?: { size: number; acquireTimeoutMs: number };
  /** On a cluster, writes another handle has seen, which this one's reads then see too. */
  bookmarks?: string[];
}

interface Shared {
  driver: Driver;
  name: string;
  bookmarks: BookmarkManager | undefined;
  writeListeners: Array<() => void>;
  target: DatabaseTarget;
}

/**
 * Every Cypher statement runs through here: from server/graph's files, the graph's own store
 * layer (one family of the graph's queries each), and from the one store module of each folder
 * above that keeps data of its own (README, Layout; tests/unit/cypher-owners.test.ts names any
 * other file). One driver per process; every call names the database and goes through
 * executeRead/executeWrite, whose callbacks must be idempotent (they may retry). Every
 * transaction carries metadata (the app, the operation, the unit of work's function name),
 * which Neo4j shows in SHOW TRANSACTIONS and its query log.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  /**
   * On a cluster, one bookmark manager for every session: a read sees every write this process
   * committed before it, whichever member serves it (causal consistency). None on one server.
   */
  readonly bookmarks: BookmarkManager | undefined;
  /** Where this handle connects, for a thread that opens a handle of its own on the same database. */
  readonly target: DatabaseTarget;
  private readonly writeListeners: Array<() => void>;
  private readonly budget: RequestBudget | null;

  constructor(target: DatabaseTarget | Shared, budget: RequestBudget | null = null) {
    this.budget = budget;
    if ("driver" in target) {
      ({
        driver: this.driver,
        name: this.name,
        bookmarks: this.bookmarks,
        writeListeners: this.writeListeners,
        target: this.target,
      } = target);
      return;
    }
    this.target = target;
    this.name = target.database;
    this.writeListeners = [];
    this.bookmarks = ROUTED.test(target.uri) ? neo4j.bookmarkManager({ initialBookmarks: target.bookmarks }) : undefined;
    const auth = target.password ? neo4j.auth.basic(target.user, target.password) : undefined;
    this.driver = neo4j.driver(target.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: target.pool?.size ?? 50,
      // A request waiting this long for a connection answers SERVICE_UNAVAILABLE rather than hang.
      connectionAcquisitionTimeout: target.pool?.acquireTimeoutMs ?? 5_000,
      // Fail fast when the database is away: callers answer SERVICE_UNAVAILABLE, not a hang.
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: APP,
    });
  }

  /** The same database seen by one request: its sessions limited in number and its reads in time. */
  withBudget(budget: RequestBudget): Database {
    return new Database(
      { driver: this.driver, name: this.name, bookmarks: this.bookmarks, writeListeners: this.writeListeners, target: this.target },
      budget,
    );
  }

  /** Milliseconds left of the request's time budget, and the whole budget; null outside a request. */
  timeLeft(): { left: number; ms: number } | null {
    return this.budget ? { left: this.budget.remaining(), ms: this.budget.ms } : null;
  }

  /** No further statement of this request runs: it was refused (see RequestBudget.refuse). */
  refuseFurther(error: GraphQLError): void {
    this.budget?.refuse(error);
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.session("READ", (s, timeout) => s.executeRead(work, { ...txConfig(work.name), timeout }));
  }

  /**
   * Writes are bounded by the request's share of sessions but not cut short by its budget: an
   * import may take minutes. `timeoutMs` replaces the database's own transaction timeout (a
   * national REPLACE runs longer than the ten minutes the project's Neo4j allows by default).
   */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, o: { timeoutMs?: number } = {}): Promise<T> {
    // A transaction past Neo4j's memory limit is refused as transient; running it again would fail the same way after as long.
    const once = async (tx: ManagedTransaction): Promise<T> => {
      try {
        return await work(tx);
      } catch (e) {
        throw e instanceof Neo4jError && MEMORY_LIMIT.test(e.code) ? toGraphQLError(e) : e;
      }
    };
    return this.session("WRITE", (s) => s.executeWrite(once, { ...txConfig(work.name), timeout: o.timeoutMs })).finally(() => {
      for (const listener of this.writeListeners) listener();
    });
  }

  /** Runs `listener` after every write through this handle, committed or not. */
  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  /**
   * One read statement in an auto-commit transaction: a single round trip, for the per-request
   * look-ups on the hot path. Not retried; callers treat a failure as the database being away.
   */
  readOnce<T>(query: string, params: Record<string, unknown>, map: (r: { get(key: string): unknown }) => T): Promise<T[]> {
    return this.session("READ", async (s, timeout) => (await s.run(query, params, { ...txConfig(""), timeout })).records.map(map));
  }

  async verify(): Promise<void> {
    await this.driver.getServerInfo({ database: this.name });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private session<T>(mode: "READ" | "WRITE", run: (s: Session, timeoutMs: number | undefined) => Promise<T>): Promise<T> {
    const open = async (timeoutMs: number | undefined): Promise<T> => {
      const session = this.driver.session({
        database: this.name,
        defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager: this.bookmarks,
      });
      try {
        return await run(session, timeoutMs);
      } catch (e) {
        throw toGraphQLError(e, this.budget?.ms);
      } finally {
        await session.close();
      }
    };
    return this.budget ? this.budget.run((left) => open(mode === "READ" ? left : undefined)) : open(undefined);
  }
}

function txConfig(step: string): TransactionConfig {
  const metadata: Record<string, string> = { app: APP };
  const op = operation.getStore();
  if (op) metadata.operation = op;
  if (step) metadata.step = step;
  return { metadata };
}

/** Neo4j refused a transaction more memory than it allows one (`db.memory.transaction.max`) or all (`…total.max`). */
const MEMORY_LIMIT = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|TransactionOutOfMemoryError/;

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.ClientError.Security.AuthenticationRateLimit"]);

/**
 * Neo4j failures become typed errors: the database being away, or no connection free in time,
 * is SERVICE_UNAVAILABLE; a read that Neo4j stopped at the request's time budget, REQUEST_TIMEOUT;
 * a write past Neo4j's transaction memory limit, TRANSACTION_TOO_LARGE.
 */
export function toGraphQLError(e: unknown, budgetMs?: number): unknown {
  if (e instanceof GraphQLError) return e;
  if (e instanceof Neo4jError) {
    if (e.code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") && budgetMs !== undefined) return timedOut(budgetMs);
    if (MEMORY_LIMIT.test(e.code)) {
      return new GraphQLError(
        "The change needs more memory than the graph database allows one transaction, so nothing was written. Give Neo4j a larger heap (NEO4J_HEAP_MB), or import the estate in parts (--sync ORG).",
        { extensions: { code: "TRANSACTION_TOO_LARGE" }, originalError: e },
      );
    }
    if (UNAVAILABLE.has(e.code) || e.code.startsWith("Neo.TransientError") || e.message.startsWith("Connection acquisition timed out")) {
      return new GraphQLError("The graph database is unavailable; try again shortly.", {
        extensions: { code: "SERVICE_UNAVAILABLE" },
        originalError: e,
      });
    }
    if (e.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
      return new GraphQLError("The change conflicts with an existing node (an id is already in use).", {
        extensions: { code: "BAD_USER_INPUT" },
        originalError: e,
      });
    }
  }
  return e;
}
