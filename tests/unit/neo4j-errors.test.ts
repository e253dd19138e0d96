import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { toGraphQLError } from "../../server/graph/database.js";
import { graphqlServer } from "../../server/graphql/yoga.js";
import type { Context } from "../../server/graphql/context.js";
import { shownErrorResponse } from "../../server/base/errors.js";

const tooLarge = (): Neo4jError =>
  new Neo4jError(
    "The allocation of an extra 2.0 MiB would use more than the limit 7.0 GiB. dbms.memory.transaction.total.max threshold reached",
    "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
    "",
    "",
  );

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

  it("answers TRANSACTION_TOO_LARGE, not INTERNAL_SERVER_ERROR, when a resolver's write is refused for its memory", async () => {
    const schema = makeExecutableSchema({
      typeDefs: "type Query { write: Int }",
      resolvers: {
        Query: {
          write: () => {
            throw toGraphQLError(tooLarge());
          },
        },
      },
    });
    const yoga = graphqlServer(schema, { maxRequestBytes: 1024 * 1024, context: (state) => state as unknown as Context });
    const request = new Request("http://x/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ write }" }),
    });
    const answer = (await (await yoga.fetch(request, { state: { viewer: null, graphVersion: 0 } })).json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(answer.errors[0]!.extensions.code).toBe("TRANSACTION_TOO_LARGE");
    expect(answer.errors[0]!.message).toMatch(/nothing was written/);
  });

  it("answers a route's refused write as TRANSACTION_TOO_LARGE with status 413", async () => {
    const response = shownErrorResponse(toGraphQLError(tooLarge()))!;
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      "TRANSACTION_TOO_LARGE",
    );
  });
});
