import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port.js";
import { passwordFor } from "./run-secrets.js";

export interface ServerProcess {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The real server as `npm start` runs it (the client already built), in a process of its own on
 * a free port against the given Neo4j; `seed` loads the demo ICS into an empty graph; `env` adds
 * or overrides environment variables; `password` is the Neo4j's (by default the test run's).
 */
export async function startServer(
  uri: string,
  { seed = false, env = {} as Record<string, string>, password = passwordFor(uri) } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [...(process.env.PROFILE_SERVER ? ["--cpu-prof", "--cpu-prof-dir=/tmp/sprof"] : []), "--import", "tsx", "server/main.ts"],
    {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: String(port), SEED_ON_EMPTY: String(seed), ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    await waitForListening(server);
  } catch (e) {
    server.kill("SIGTERM");
    throw e;
  }
  return {
    base: `http://127.0.0.1:${port}`,
    pid: server.pid!,
    stop: async () => {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    },
  };
}

function waitForListening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (d: Buffer) => {
      buffer += d.toString();
      if (!buffer.includes("Serving http://")) return;
      // Keep draining the pipe, so the server never blocks on a full one.
      child.stdout!.off("data", onData);
      child.stdout!.resume();
      resolve();
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before listening:\n${buffer}`)));
  });
}
