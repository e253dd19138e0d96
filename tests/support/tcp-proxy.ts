import { createServer, connect, type Socket } from "node:net";
import { freePort } from "./free-port.js";

export interface TcpProxy {
  /** bolt:// address of the proxy. */
  uri: string;
  /** A database outage: every open connection is cut and new ones are refused. */
  cut(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of the test run's real Neo4j, so a test can take the database
 * away from one server (or driver) without stopping the Neo4j other tests use.
 */
export async function tcpProxy(targetUri: string): Promise<TcpProxy> {
  const target = new URL(targetUri.replace(/^bolt:/, "http:"));
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const close = (): Promise<void> => {
    for (const s of sockets) s.destroy();
    return new Promise((r) => (server.listening ? server.close(() => r()) : r()));
  };
  return { uri: `bolt://127.0.0.1:${port}`, cut: close, close };
}
