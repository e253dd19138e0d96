import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../support/free-port.js";

export interface BenchServer {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** The real server, as `npm start` runs it (client already built), on the benchmark's Neo4j. */
export async function startBenchServer(uri: string): Promise<BenchServer> {
  const port = await freePort();
  const server = spawn(process.execPath, [...(process.env.PROFILE_SERVER ? ["--cpu-prof", "--cpu-prof-dir=/tmp/sprof"] : []), "--import", "tsx", "server/main.ts"], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: "", PORT: String(port), SEED_ON_EMPTY: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
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
    child.stdout!.on("data", (d: Buffer) => {
      buffer += d.toString();
      if (buffer.includes("Serving http://")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before listening:\n${buffer}`)));
  });
}
