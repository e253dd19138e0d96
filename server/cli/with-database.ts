import { loadConfig } from "../base/config.js";
import { basename } from "node:path";
import { withOperation, type Database } from "../graph/database.js";
import { ensureSchema } from "../graph/schema-setup.js";
import { connect } from "../neo4j/connect.js";

/**
 * Runs a command-line task against the configured Neo4j, starting the project's own for the
 * duration when none is running, and always closing what it opened.
 */
export async function withDatabase<T>(task: (db: Database) => Promise<T>, log: (l: string) => void = console.error): Promise<T> {
  const conn = await connect(loadConfig(), log);
  try {
    await ensureSchema(conn.db);
    return await withOperation(`command ${basename(process.argv[1] ?? "", ".ts")}`, () => task(conn.db));
  } finally {
    await conn.db.close();
    await conn.owned?.stop();
  }
}

/** Prints a failure the way a person can act on it, and sets the exit code. */
export function reportFailure(e: unknown): void {
  const ext = (e as { extensions?: { problems?: Array<{ path: string; message: string; file?: string; row?: number; column?: string }> } })
    .extensions;
  console.error(e instanceof Error ? e.message : String(e));
  for (const p of ext?.problems ?? []) {
    console.error(
      p.file !== undefined && p.row !== undefined
        ? `  ${p.file}, row ${p.row}${p.column ? `, column ${p.column}` : ""}: ${p.message}`
        : `  ${p.path}: ${p.message}`,
    );
  }
  process.exitCode = 1;
}
