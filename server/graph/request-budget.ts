import pLimit, { type LimitFunction } from "p-limit";
import { GraphQLError } from "graphql";

/**
 * What one request may take of the database: at most `sessions` sessions at once, so a
 * request that fans out cannot hold the whole connection pool, and reads that start no
 * later than `ms` after the request began, each cut off by Neo4j when its time is up.
 */
export class RequestBudget {
  private readonly deadline: number;
  private readonly limit: LimitFunction;
  private refused: GraphQLError | null = null;

  constructor(
    readonly ms: number,
    sessions: number,
  ) {
    this.deadline = performance.now() + ms;
    this.limit = pLimit(sessions);
  }

  /** Milliseconds left; 0 or less once spent. */
  remaining(): number {
    return Math.floor(this.deadline - performance.now());
  }

  /** Once the request is refused (its cost spent), what it has yet to read is refused too, at once. */
  refuse(error: GraphQLError): void {
    this.refused ??= error;
  }

  /** Runs `work` within the request's share of sessions, with the time left; refuses once spent. */
  run<T>(work: (msLeft: number) => Promise<T>): Promise<T> {
    return this.limit(() => {
      if (this.refused) throw this.refused;
      const left = this.remaining();
      if (left <= 0) throw timedOut(this.ms);
      return work(left);
    });
  }
}

export function timedOut(ms: number): GraphQLError {
  return new GraphQLError(`The request ran past its time budget of ${ms} ms; ask for less (a smaller first, fewer levels).`, {
    extensions: { code: "REQUEST_TIMEOUT" },
  });
}
