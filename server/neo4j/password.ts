import { join, resolve } from "node:path";
import { ensureSecretFile } from "../secrets/secret-file.js";

/**
 * Where the project's own Neo4j keeps its password: beside its store, made at first start,
 * readable by this user only. Whoever reaches Bolt without it is refused.
 */
export const passwordFile = (dataDir: string): string => join(resolve(dataDir), "neo4j.password");

/** The project's Neo4j's password, made at first start. */
export function embeddedPassword(dataDir: string): string {
  return ensureSecretFile(passwordFile(dataDir), 24);
}
