import { randomUUID } from "node:crypto";
import { BroadcastChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Engine } from "../engine/engine.js";
import { serviceBusy } from "../base/errors.js";
import { JOBS, type JobInput, type JobName, type JobOutput } from "./jobs.js";
import type { SharedProjection } from "./shared-projection.js";
import { arrival, type ThreadMemory } from "./thread-memory.js";
import type { WorkerSetup, WorkerTask } from "./worker.js";

/** What a lane needs of a graph: its name, its shared form for workers, its engine for inline runs. */
export interface JobGraph {
  readonly key: string;
  shared(): SharedProjection;
  engine(): Engine;
}

export interface LaneOptions {
  /** Worker threads; 0 runs every job inline, on the calling thread. */
  threads: number;
  /** Most distinct jobs running or waiting at once; beyond it a caller is told to come back. */
  maxJobs: number;
}

const WORKER = new URL("./worker.ts", import.meta.url);
// Workers load the worker's TypeScript through tsx, as the main thread does; under a test
// runner that compiles on its own, the parent has no such flag to pass down. V8's flags for
// the whole process (the benchmark runs with --expose-gc and a heap limit) are refused by a worker.
const PROCESS_ONLY = /^--(expose-gc|max-old-space-size|max-semi-space-size)\b/;
const inherited = process.execArgv.filter((a) => !PROCESS_ONLY.test(a));
export const WORKER_EXEC_ARGV = inherited.some((a) => a.includes("tsx")) ? inherited : [...inherited, "--import", "tsx"];

/**
 * Runs engine jobs in a pool of worker threads, off the event loop. Identical requests made
 * while one is under way share it; past `maxJobs` distinct jobs the caller gets SERVICE_BUSY
 * with a retry hint rather than a place in a queue that could grow without limit.
 */
export class WorkLane {
  private readonly pool: Piscina | null;
  /** Tells this lane's threads which live graph serves now (see announceLive). */
  private readonly live: BroadcastChannel | null;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** A running average of how long a job takes, for the retry hint. */
  private averageMs = 1000;

  constructor(private readonly o: LaneOptions) {
    const liveChannel = `live-graph-${randomUUID()}`;
    this.pool =
      o.threads > 0
        ? new Piscina({
            filename: WORKER.href,
            maxThreads: o.threads,
            minThreads: o.threads,
            idleTimeout: 60_000,
            // A job split across the threads queues a task per thread.
            maxQueue: o.maxJobs * o.threads,
            execArgv: WORKER_EXEC_ARGV,
            workerData: { liveChannel } satisfies WorkerSetup,
            // An idle thread waits for its next task without stopping its event loop, so it hears
            // the live graph's announcements (announceLive) between tasks.
            atomics: "async",
          })
        : null;
    this.live = this.pool ? new BroadcastChannel(liveChannel) : null;
    this.live?.unref();
  }

  /**
   * A newer live graph serves now, or loads: each thread lets the engines of older live graphs (their
   * scratch arrays and their hold on the older shared columns) go at once, not when its next
   * job comes, which on an idle thread could be never.
   */
  announceLive(key: string): void {
    this.live?.postMessage(key);
  }

  /** Runs `job`; `name` identifies the work for sharing when the input is too large to name it cheaply. */
  run<K extends JobName>(graph: JobGraph, job: K, input: JobInput<K>, name = JSON.stringify(input)): Promise<JobOutput<K>> {
    return this.admit(`${graph.key}\u0000${job}\u0000${name}`, () => this.task(graph, job, input));
  }

  /**
   * Runs `job` once for each of `inputs` at once, one per thread, as one piece of work: it takes
   * one of the `maxJobs` places, and is shared by identical requests as a whole.
   */
  runEach<K extends JobName>(graph: JobGraph, job: K, inputs: readonly JobInput<K>[], name: string): Promise<Array<JobOutput<K>>> {
    return this.admit(`${graph.key}\u0000${job}\u0000each\u0000${name}`, () => Promise.all(inputs.map((i) => this.task(graph, job, i))));
  }

  /** How many threads a job can be split across (1 when jobs run inline). */
  get threads(): number {
    return Math.max(1, this.pool ? this.o.threads : 1);
  }

  /** Each thread's memory, named `name 1`, `name 2`…; none when jobs run inline. */
  async memory(name: string): Promise<ThreadMemory[]> {
    const pool = this.pool;
    if (!pool) return [];
    const all = arrival(this.o.threads);
    const answers = (await Promise.all(Array.from({ length: this.o.threads }, () => pool.run(all, { name: "memory" })))) as ThreadMemory[];
    // Each thread answers once when every thread took a task within the wait; else its first answer is kept.
    const byThread = new Map<string, ThreadMemory>();
    for (const m of answers) if (!byThread.has(m.thread)) byThread.set(m.thread, m);
    return [...byThread.values()].map((m, k) => ({ ...m, thread: `${name} ${k + 1}` }));
  }

  private task<K extends JobName>(graph: JobGraph, job: K, input: JobInput<K>): Promise<JobOutput<K>> {
    return this.pool
      ? (this.pool.run({ graph: graph.shared(), job, input } satisfies WorkerTask) as Promise<JobOutput<K>>)
      : Promise.resolve().then(() => (JOBS[job] as (e: Engine, i: JobInput<K>) => JobOutput<K>)(graph.engine(), input));
  }

  /** Work under `key`: shared with the same work under way, refused past maxJobs. */
  private admit<T>(key: string, make: () => Promise<T>): Promise<T> {
    const shared = this.inFlight.get(key);
    if (shared) return shared as Promise<T>;
    if (this.inFlight.size >= this.o.maxJobs) return Promise.reject(serviceBusy(this.retryAfterSeconds()));
    const started = performance.now();
    const work = make();
    const settled = work.finally(() => {
      this.inFlight.delete(key);
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
    });
    this.inFlight.set(key, settled);
    return settled;
  }

  /**
   * Readies a thread for `graph` in the background: its code loaded and the graph's engine built
   * (about a second at national scale), which the lane's first real job would otherwise wait for.
   * Inline lanes build the engine on first use; warming them would only block the main thread.
   */
  warm(graph: JobGraph): void {
    if (this.pool) this.run(graph, "warm", {}).catch(() => {});
  }

  /** Whether jobs run in worker threads (and so need the graph in shared memory). */
  get threaded(): boolean {
    return this.pool !== null;
  }

  /** Seconds until enough of the work under way should have finished to make room. */
  private retryAfterSeconds(): number {
    const perThread = this.inFlight.size / Math.max(1, this.o.threads);
    return Math.max(1, Math.ceil((this.averageMs * perThread) / 1000));
  }

  async close(): Promise<void> {
    this.live?.close();
    await this.pool?.destroy();
  }
}
