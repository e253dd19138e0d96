import { randomUUID } from "node:crypto";
import { expect, inject } from "vitest";
import { createApp, type App, type AppOptions } from "../../server/app.js";
import type { Role } from "../../server/auth/roles.js";
import { createToken } from "../../server/auth/tokens.js";
import { Database } from "../../server/graph/database.js";
import { ensureSchema } from "../../server/graph/schema-setup.js";

/** A database handle on the test run's Neo4j, with the product's constraints in place. */
export async function openDatabase(): Promise<Database> {
  const db = new Database({ uri: inject("neo4jUri"), user: "neo4j", password: inject("neo4jPassword"), database: "neo4j" });
  await ensureSchema(db);
  return db;
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; problems?: Array<{ path: string; message: string }> } }>;
}

/** The real app driven through fetch, with a real token of the given role. */
export async function appWithToken(
  db: Database,
  role: Role = "ADMIN",
  options: Partial<AppOptions> = {},
): Promise<{ app: App; token: string }> {
  const app = createApp({ db, maxRequestBytes: 64 * 1024 * 1024, ...options });
  const { token } = await createToken(db, role, `test-${role.toLowerCase()}`, { name: "test set-up", role: "ADMIN" });
  return { app, token };
}

export async function gql<T = Record<string, unknown>>(
  app: App,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await app.fetch(new Request("http://x/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) }));
  return { status: res.status, ...((await res.json()) as Omit<GqlResult<T>, "status">) };
}

const IMPORT_GRAPH =
  "mutation($d: JSON!, $m: ImportMode!, $c: Int) { importGraph(document: $d, mode: $m, confirmRemoval: $c) { nodes relationships } }";

/**
 * importGraph as its owner makes it: a REPLACE that would remove more than half the graph is
 * refused naming the count, and sent again confirming that count.
 */
export async function importConfirmed(
  app: App,
  token: string,
  doc: unknown,
  mode: "MERGE" | "REPLACE",
): Promise<GqlResult<{ importGraph: { nodes: number; relationships: number } }>> {
  const first = await gql<{ importGraph: { nodes: number; relationships: number } }>(app, token, IMPORT_GRAPH, { d: doc, m: mode });
  const removal = (first.errors?.[0]?.extensions as { removal?: { removed: number } } | undefined)?.removal;
  return removal ? gql(app, token, IMPORT_GRAPH, { d: doc, m: mode, c: removal.removed }) : first;
}

/**
 * A prefix for the ids a test file adds, unique to this run (`letter` names the file's part in
 * a leftover id): the file removes what it added with removeWithPrefix.
 */
export function idPrefix(letter: string, length = 8): string {
  return `${letter}${randomUUID().slice(0, length)}-`;
}

/** Removes every node whose id starts with `prefix`, with its relationships. */
export async function removeWithPrefix(db: Database, prefix: string): Promise<void> {
  await db.write((tx) => tx.run("MATCH (n:Node) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: prefix }));
}

const IMPORT_DOCUMENT = "mutation($d: JSON!) { importGraph(document: $d) { nodes } }";

/** importGraph of a document, merged into the graph, as the caller holding `token`. */
export function importDocument(app: App, token: string | null, document: unknown): Promise<GqlResult<{ importGraph: { nodes: number } }>> {
  return gql(app, token, IMPORT_DOCUMENT, { d: document });
}

/**
 * What a test file reads: the database, and an app with a `reader`'s token, once `document` is
 * imported by a `writer` (the reader itself unless named); the import must be accepted.
 */
export async function openWithDocument(
  document: unknown,
  reader: Role,
  writer: Role = reader,
): Promise<{ db: Database; app: App; token: string }> {
  const db = await openDatabase();
  const { app, token } = await appWithToken(db, reader);
  const by = writer === reader ? { app, token } : await appWithToken(db, writer);
  const r = await importDocument(by.app, by.token, document);
  expect(r.errors).toBeUndefined();
  return { db, app, token };
}

/** Removes every node a test file added under `prefix`, and closes its handle. */
export async function closeRemoving(db: Database, prefix: string): Promise<void> {
  await removeWithPrefix(db, prefix);
  await db.close();
}
