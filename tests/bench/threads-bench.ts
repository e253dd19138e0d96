import os from "node:os";
import { AnalysisService } from "../../server/analysis/analysis.js";
import type { MemoryReport, ThreadMemory } from "../../server/analysis/thread-memory.js";
import type { Database } from "../../server/graph/database.js";
import { DEFAULT_PROFILE } from "../../server/engine/profile.js";
import type { Projection } from "../../server/engine/projection.js";
import type { Ranking } from "../../server/engine/ranking.js";
import { mib } from "./stats.js";

export interface ThreadFigures {
  threads: number;
  /** The live graph loaded as the server loads it: in a thread of its own, then shared. */
  loadMs: number;
  /** The full ranking at 24 h split across `threads` workers and merged, once their engines are built. */
  splitRankingMs: number;
  /** Whether the merged ranking is the one-thread ranking: the same assets, scores and order. */
  identical: boolean;
  memory: MemoryReport;
  /**
   * What each thread held before the ids were shared: the id block decoded in one pass and split
   * (as every worker did), and a map from id to index (as the main thread's projection had).
   */
  formerIds: { strings: number; map: number };
}

/**
 * The engine as the server runs it, in this process: the live graph loaded in a thread and
 * shared, the ranking split across worker threads (at least two, to show the split) and
 * checked against `single`, the one-thread ranking of `p`; then each thread's memory.
 */
export async function threadsBench(db: Database, p: Projection, single: Ranking, log: (l: string) => void): Promise<ThreadFigures> {
  const threads = Math.max(2, Math.min(4, os.availableParallelism() - 1));
  const analysis = new AnalysisService(db, { threads, maxJobs: 8 });
  try {
    const t0 = performance.now();
    const g = await analysis.graphs.live();
    const loadMs = performance.now() - t0;
    // Each worker builds its engine on its first job; a ranking at another horizon readies them all.
    await analysis.ranking(g, 23, DEFAULT_PROFILE);
    const t1 = performance.now();
    const split = await analysis.ranking(g, 24, DEFAULT_PROFILE);
    const splitRankingMs = performance.now() - t1;
    const merged = split.positions();
    const identical =
      merged.size === single.length &&
      Array.from(single.node).every((x, k) => {
        const at = merged.get(p.idOf(x));
        return at?.rank === k + 1 && at.score === single.score[k];
      });
    log(
      `Ranking split across ${threads} worker threads and merged: ${(splitRankingMs / 1000).toFixed(2)} s, ${identical ? "identical to" : "DIFFERENT FROM"} one thread's.`,
    );
    return { threads, loadMs, splitRankingMs, identical, memory: await analysis.memory(), formerIds: formerIds(g.projection) };
  } finally {
    await analysis.close();
  }
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** The heap the former per-thread ids took, measured by building them again here (run with --expose-gc). */
function formerIds(p: Projection): { strings: number; map: number } {
  const heap = (): number => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const joined = Buffer.from(Array.from({ length: p.n }, (_, i) => p.idOf(i)).join("\n"), "utf8");
  const h0 = heap();
  const ids = joined.toString("utf8").split("\n");
  const h1 = heap();
  const map = new Map(ids.map((id, i) => [id, i]));
  const h2 = heap();
  return map.size === ids.length ? { strings: h1 - h0, map: h2 - h1 } : { strings: Number.NaN, map: Number.NaN };
}

/** The lines of a memory report: each thread, the shared projection, the process's peak, bytes a node. */
export function memoryLines(m: MemoryReport): string[] {
  const row = (t: ThreadMemory): string =>
    `    ${t.thread.padEnd(28)} heap used ${mib(t.heapUsed).padStart(8)} of ${mib(t.heapTotal).padStart(8)}, external ${mib(t.external).padStart(8)}, array buffers ${mib(t.arrayBuffers).padStart(8)}`;
  const perNode = (bytes: number | null): string =>
    bytes !== null && m.nodes ? `${Math.round(bytes / m.nodes).toLocaleString("en-GB")} bytes a node` : "";
  const shared = m.shared ? m.shared.columns + m.shared.ids : null;
  return [
    ...m.threads.map(row),
    `    ${"loading thread now".padEnd(28)} ${m.loadingThreadRunning ? "running" : "ended (its heap returned)"}`,
    m.shared
      ? `    ${"shared projection".padEnd(28)} ${mib(shared!)} (columns ${mib(m.shared.columns)}, ids ${mib(m.shared.ids)}), ${perNode(shared)}; counted once, though each thread's array buffers include it`
      : "    shared projection            none (the engine runs on the main thread)",
    `    ${"process".padEnd(28)} RSS ${m.vmRss === null ? "?" : mib(m.vmRss)}, peak (VmHWM) ${m.vmHwm === null ? "?" : mib(m.vmHwm)}, ${perNode(m.vmHwm)} at the peak`,
  ];
}
