import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { Database, withOperation } from "../../server/graph/database.js";
import { openDatabase } from "../support/integration.js";

let db: Database;
beforeAll(async () => {
  db = await openDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The metadata of this process's open transactions labelled `op`, as Neo4j lists them. */
async function openTransactions(op: string): Promise<unknown[]> {
  const session = db.driver.session({ database: db.name });
  try {
    const r = await session.run("SHOW TRANSACTIONS YIELD metaData RETURN metaData");
    return r.records.map((x) => x.get("metaData") as Record<string, unknown>).filter((m) => m.operation === op);
  } finally {
    await session.close();
  }
}

describe("the Database handle", () => {
  it("labels each transaction with the app, the operation and the unit of work", async () => {
    const seen = await withOperation("query metadataCheck", () =>
      db.read(async function readWhileListed(tx) {
        await tx.run("RETURN 1");
        return openTransactions("query metadataCheck");
      }),
    );
    expect(seen).toEqual([{ app: "health-impact-map", operation: "query metadataCheck", step: "readWhileListed" }]);
  });

  it("keeps no bookmarks on one server, and on neo4j:// reads after its own writes across sessions", async () => {
    expect(db.bookmarks).toBeUndefined();
    const uri = inject("neo4jUri");
    const routed = new Database({
      uri: uri.replace(/^bolt:/, "neo4j:"),
      user: "neo4j",
      password: inject("neo4jPassword"),
      database: "neo4j",
    });
    try {
      expect(routed.bookmarks).toBeDefined();
      // The routing table must send us back to this run's server, not to another on the default port.
      expect((await routed.driver.getServerInfo({ database: "neo4j" })).address).toBe(new URL(uri).host);
      const id = `bookmark-check-${process.pid}`;
      await routed.write((tx) => tx.run("CREATE (:BookmarkCheck {id: $id})", { id }));
      expect([...(await routed.bookmarks!.getBookmarks())].length).toBeGreaterThan(0);
      const found = await routed.read(
        async (tx) => (await tx.run("MATCH (n:BookmarkCheck {id: $id}) RETURN count(n) AS n", { id })).records[0]!.get("n") as number,
      );
      expect(found).toBe(1);
      await routed.write((tx) => tx.run("MATCH (n:BookmarkCheck {id: $id}) DELETE n", { id }));
    } finally {
      await routed.close();
    }
  });
});
