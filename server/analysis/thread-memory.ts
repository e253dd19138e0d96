import { readFileSync } from "node:fs";
import { threadId } from "node:worker_threads";

/** One thread's memory as Node reports it (process.memoryUsage): rss is the whole process's, the rest this thread's. */
export interface ThreadMemory {
  thread: string;
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** A count the threads of a pool share, so that each of `threads` answers once (see memoryOnceAllArrive). */
export interface Arrival {
  arrived: Int32Array;
  threads: number;
}

/** The calling thread's memory, named. */
export function memoryOf(thread: string): ThreadMemory {
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { thread, rss, heapTotal, heapUsed, external, arrayBuffers };
}

/**
 * This thread's memory, answered once every thread of its pool has taken such a task (or after
 * two seconds): a thread holding its task cannot take another, so each thread answers once.
 */
export function memoryOnceAllArrive(a: Arrival): ThreadMemory {
  Atomics.add(a.arrived, 0, 1);
  Atomics.notify(a.arrived, 0);
  const until = Date.now() + 2000;
  for (let seen = Atomics.load(a.arrived, 0); seen < a.threads && Date.now() < until; seen = Atomics.load(a.arrived, 0))
    Atomics.wait(a.arrived, 0, seen, until - Date.now());
  return memoryOf(`thread ${threadId}`);
}

/** A new count for `threads` threads, in shared memory. */
export const arrival = (threads: number): Arrival => ({ arrived: new Int32Array(new SharedArrayBuffer(4)), threads });

/** The server's memory, as /admin/memory reports it. */
export interface MemoryReport {
  threads: ThreadMemory[];
  /** Whether a load is running now (its thread ends with it). */
  loadingThreadRunning: boolean;
  /** Nodes of the live graph loaded, if any. */
  nodes: number | null;
  /** Bytes of shared memory the live graph's projection holds, read by every thread: its columns and its ids. */
  shared: { columns: number; ids: number } | null;
  /** The process's resident memory now and at its peak (VmRSS, VmHWM), from the kernel; null where there is no /proc. */
  vmRss: number | null;
  vmHwm: number | null;
}

/** VmRSS and VmHWM of this process, in bytes. */
export function processMemory(): { vmRss: number | null; vmHwm: number | null } {
  let status = "";
  try {
    status = readFileSync("/proc/self/status", "utf8");
  } catch {
    return { vmRss: null, vmHwm: null };
  }
  const kib = (field: string): number | null => {
    const found = new RegExp(`${field}:\\s+(\\d+)`).exec(status);
    return found ? Number(found[1]) * 1024 : null;
  };
  return { vmRss: kib("VmRSS"), vmHwm: kib("VmHWM") };
}
