import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { toGraphQLError } from "../../server/graph/database.js";

describe("Neo4j's refusals, as the API answers them", () => {
  it("names a transaction past Neo4j's memory limit, and does not call it the database being away", () => {
    const refused = new Neo4jError(
      "The allocation of an extra 2.0 MiB would use more than the limit 7.0 GiB. Currently using 7.0 GiB. dbms.memory.transaction.total.max threshold reached",
      "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
      "",
      "",
    );
    const e = toGraphQLError(refused) as GraphQLError;
    expect(e).toBeInstanceOf(GraphQLError);
    expect(e.extensions.code).toBe("TRANSACTION_TOO_LARGE");
    expect(e.message).toMatch(/nothing was written.*NEO4J_HEAP_MB/);
  });

  it("keeps other transient failures as the database being unavailable", () => {
    const e = toGraphQLError(new Neo4jError("Database is busy", "Neo.TransientError.Transaction.DeadlockDetected", "", "")) as GraphQLError;
    expect(e.extensions.code).toBe("SERVICE_UNAVAILABLE");
  });
});
