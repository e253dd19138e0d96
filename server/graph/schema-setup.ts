import { NODE_LABELS } from "../model/enums.js";
import type { Database } from "./database.js";

/** Labels have no parameters in Cypher, so these statements are fixed text over an allow-list. */
const STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
  ...NODE_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  "CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (c:Candidate) REQUIRE c.id IS UNIQUE",
  "CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
  "CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE",
  "CREATE CONSTRAINT review_feed_hash IF NOT EXISTS FOR (f:ReviewFeed) REQUIRE f.hash IS UNIQUE",
  "CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.seq IS UNIQUE",
  "CREATE INDEX audit_document_part IF NOT EXISTS FOR (p:AuditDocumentPart) ON (p.document, p.index)",
  "CREATE INDEX node_name IF NOT EXISTS FOR (n:Node) ON (n.name)",
  "CREATE TEXT INDEX node_name_text IF NOT EXISTS FOR (n:Node) ON (n.name)",
  "CREATE INDEX depends_on_group IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.group)",
  // Search by name or id whatever the case: words lower-cased, split at spaces and punctuation.
  "CREATE FULLTEXT INDEX node_search IF NOT EXISTS FOR (n:Node) ON EACH [n.name, n.id] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
];

/** Creates the constraints and indexes the queries need. Idempotent; run at every start. */
export async function ensureSchema(db: Database): Promise<void> {
  for (const statement of STATEMENTS) {
    await db.driver.executeQuery(statement, {}, { database: db.name });
  }
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: db.name });
}
