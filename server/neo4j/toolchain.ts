import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const NEO4J_DIR = resolve(import.meta.dirname, "../../neo4j");
const TARGET = join(NEO4J_DIR, "target");
const CLASSPATH_FILE = join(TARGET, "classpath.txt");
// Maven leaves classpath.txt untouched when it has not changed, so a stamp marks each build.
const STAMP = join(TARGET, "built.stamp");
const SOURCES = [join(NEO4J_DIR, "pom.xml"), join(NEO4J_DIR, "src/main/java/health/impactmap/EmbeddedNeo4j.java")];

export class ToolchainError extends Error {}

function require(tool: string, args: string[], hint: string): string {
  const r = spawnSync(tool, args, { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new ToolchainError(`${tool} was not found or failed to run. ${hint}`);
  return `${r.stdout}${r.stderr}`;
}

/** Java 17 or later must be on PATH (or JAVA_HOME); Neo4j 5.26 runs on 17 and 21. */
export function javaBinary(): string {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const out = require(java, ["-version"], "Install Java 17 (Debian: apt-get install -y openjdk-17-jre-headless).");
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17) throw new ToolchainError(`Java 17 or later is needed to run Neo4j 5.26; found ${major || "unknown"}.`);
  return java;
}

/**
 * Builds the launcher and resolves Neo4j's jars from Maven Central when they are missing or
 * older than the pom, and returns the classpath. Progress goes to `log`.
 */
export function neo4jClasspath(log: (line: string) => void = () => {}): string {
  const built = existsSync(STAMP) && existsSync(CLASSPATH_FILE) ? statSync(STAMP).mtimeMs : 0;
  if (SOURCES.some((f) => statSync(f).mtimeMs > built)) {
    require("mvn", ["-v"], "Install Maven (Debian: apt-get install -y maven); it fetches Neo4j from Maven Central.");
    log("Fetching Neo4j 5.26 from Maven Central and building the launcher (first run only)…");
    const r = spawnSync("mvn", ["-B", "-q", "-f", join(NEO4J_DIR, "pom.xml"), "package", "-DskipTests"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (r.status !== 0) throw new ToolchainError(`Maven could not build neo4j/:\n${r.stdout}${r.stderr}`);
    writeFileSync(STAMP, new Date().toISOString());
  }
  return `${join(TARGET, "classes")}:${readFileSync(CLASSPATH_FILE, "utf8").trim()}`;
}
