import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import { embeddedPassword, passwordFile } from "./password.js";
import { recordedPid, removePidFileIfHolds, writePidFile } from "./pid-file.js";
import { javaBinary, neo4jClasspath } from "./toolchain.js";

export interface EmbeddedOptions {
  dataDir: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  /** Detached: survives this process (npm run db:start). Attached: stops when this process ends. */
  detached?: boolean;
  log?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  /** The password of the user neo4j: authentication is always on. */
  password: string;
  pid: number;
  stop(): Promise<void>;
}

const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
];
const START_TIMEOUT_MS = 180_000;

/** Starts the project's own Neo4j as a child JVM and resolves once Bolt answers. */
export async function startEmbedded(o: EmbeddedOptions): Promise<RunningNeo4j> {
  const log = o.log ?? (() => {});
  const java = javaBinary();
  const classpath = neo4jClasspath(log);
  const dir = resolve(o.dataDir);
  mkdirSync(dir, { recursive: true });
  const logPath = join(dir, "neo4j.log");
  const password = embeddedPassword(dir);
  const args = [
    `-Xms${Math.min(o.heapMb, 512)}m`,
    `-Xmx${o.heapMb}m`,
    ...JVM_FLAGS,
    "-cp",
    classpath,
    "health.impactmap.EmbeddedNeo4j",
    dir,
    String(o.boltPort),
    String(o.pageCacheMb),
    "127.0.0.1",
    ...(o.detached ? [] : ["--watch-stdin"]),
    `--password-file=${passwordFile(dir)}`,
  ];
  const out = createWriteStream(logPath, { flags: "a" });
  const errFd = openSync(logPath, "a");
  const child = spawn(java, args, {
    detached: o.detached ?? false,
    stdio: [o.detached ? "ignore" : "pipe", "pipe", errFd],
  });
  closeSync(errFd);
  log(`Starting Neo4j 5.26 on bolt://127.0.0.1:${o.boltPort} (data ${dir}, log ${logPath})…`);
  const uri = await waitForReady(child, out, logPath);
  const pid = child.pid ?? -1;
  writePidFile(dir, pid);
  if (o.detached) {
    child.stdout?.destroy();
    child.unref();
  }
  return { uri, password, pid, stop: () => stopChild(child, dir, pid) };
}

function waitForReady(child: ChildProcess, out: NodeJS.WritableStream, logPath: string): Promise<string> {
  return new Promise((resolveUri, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Neo4j did not start within ${START_TIMEOUT_MS / 1000}s; see ${logPath}`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      out.write(`${line}\n`);
      const ready = /^READY (bolt:\/\/\S+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolveUri(ready[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const tail = safeTail(logPath);
      reject(new Error(`Neo4j exited during start-up (code ${code}); see ${logPath}\n${tail}`));
    });
  });
}

/** Stops the JVM this process started; its pid file goes only if it still names that JVM. */
async function stopChild(child: ChildProcess, dir: string, pid: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    const timeout = setTimeout(() => child.kill("SIGKILL"), 60_000);
    await exited;
    clearTimeout(timeout);
  }
  removePidFileIfHolds(dir, pid);
}

/** Stops a detached Neo4j started by `npm run db:start`. Returns false when none was running. */
export async function stopDetached(dataDir: string): Promise<boolean> {
  const pid = runningPid(dataDir);
  if (pid === undefined) return false;
  process.kill(pid, "SIGTERM");
  for (let i = 0; i < 600 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  removePidFileIfHolds(dataDir, pid);
  return true;
}

/** The pid of a live Neo4j recorded for this data folder, if any. */
export function runningPid(dataDir: string): number | undefined {
  const pid = recordedPid(dataDir);
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function safeTail(path: string): string {
  try {
    return readFileSync(path, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "";
  }
}
