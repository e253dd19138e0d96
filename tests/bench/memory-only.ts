import { readFileSync } from "node:fs";
import os from "node:os";
import { createToken } from "../../server/auth/tokens.js";
import type { Database } from "../../server/graph/database.js";
import type { Scale } from "../../seed/generator/generate.js";
import { startServer } from "../support/server-process.js";
import { busyBench } from "./busy-bench.js";
import { reloadBench } from "./reload-bench.js";
import { serverMemory, topAssets } from "./server-reads.js";
import { mib, ms } from "./stats.js";
import { memoryLines } from "./threads-bench.js";

const GIB_1_5 = 1.5 * 1024 ** 3;

/**
 * The server's memory alone, on a server of its own: the live graph loaded, eight rankings with
 * profiles of their own, then the graph loaded again after a write while node(id) is asked; the
 * peak (VmHWM) before and after the reload, and the server's report by thread.
 */
export async function memoryOnly(db: Database, uri: string, scale: Scale, password: string, log: (l: string) => void): Promise<void> {
  const auditor = await createToken(db, "AUDITOR", "benchmark", { name: "benchmark", role: "ADMIN" });
  const admin = await createToken(db, "ADMIN", "benchmark memory", { name: "benchmark", role: "ADMIN" });
  const server = await startServer(uri, { password });
  const load = (): string =>
    os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ");
  const rss = new RssPhases(server.pid);
  try {
    const before = load();
    const ids = await topAssets(server.base, auditor.token, 20);
    rss.phase("the first load and a ranking");
    log("Eight rankings with profiles of their own, node(id) asked meanwhile:");
    const busy = await busyBench(server, auditor.token, ids, 0);
    rss.phase("eight rankings");
    const beforeReload = await serverMemory(server.base, admin.token);
    log("The graph loaded again after a write, node(id) asked meanwhile:");
    const reload = await reloadBench(server, db, auditor.token, ids);
    rss.phase("the reload");
    const after = await serverMemory(server.base, admin.token);
    const national = scale === "national";
    const pass = (ok: boolean): string => (ok ? "meets" : "MISSES");
    const peak = (m: typeof after): string => {
      const hwm = m.vmHwm ?? 0;
      return `${mib(hwm)}${national ? `   (target < 1.5 GiB: ${pass(hwm < GIB_1_5)})` : ""}`;
    };
    console.log(`\n${scale}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: server memory (VmHWM)`);
    console.log(`  peak before any reload    ${peak(beforeReload)}, after eight rankings in ${(busy.rankingsMs / 1000).toFixed(1)} s`);
    console.log(
      `  peak, reload included     ${peak(after)}; reloaded in ${(reload.loadMs / 1000).toFixed(1)} s, node(id) meanwhile p95 ${ms(reload.cheap.p95)} over ${reload.cheap.n}`,
    );
    for (const l of rss.lines()) console.log(l);
    console.log("  by thread after the reload (GET /admin/memory):");
    for (const l of memoryLines(after)) console.log(l);
    console.log(`  load average (1, 5, 15 min) before ${before}, after ${load()}`);
  } finally {
    rss.stop();
    await server.stop();
  }
}

/** The server's resident memory sampled every 50 ms: the most in each phase, and when in it. */
class RssPhases {
  private readonly done: Array<{ name: string; max: number; at: number; ms: number }> = [];
  private max = 0;
  private at = 0;
  private started = performance.now();
  private readonly timer: NodeJS.Timeout;
  constructor(pid: number) {
    this.timer = setInterval(() => {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      if (kb * 1024 > this.max) [this.max, this.at] = [kb * 1024, performance.now() - this.started];
    }, 50);
  }
  phase(name: string): void {
    this.done.push({ name, max: this.max, at: this.at, ms: performance.now() - this.started });
    [this.max, this.at, this.started] = [0, 0, performance.now()];
  }
  lines(): string[] {
    return this.done.map(
      (p) => `  most resident in ${p.name.padEnd(28)} ${mib(p.max)}, ${(p.at / 1000).toFixed(1)} s into its ${(p.ms / 1000).toFixed(1)} s`,
    );
  }
  stop(): void {
    clearInterval(this.timer);
  }
}
