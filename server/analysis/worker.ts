import { BroadcastChannel } from "node:worker_threads";
import { Piscina, workerData } from "piscina";
import { returnMemory } from "../base/collect-garbage.js";
import { Engine } from "../engine/engine.js";
import { JOBS, type JobName } from "./jobs.js";
import { openSharedProjection, type SharedProjection } from "./shared-projection.js";
import { memoryOnceAllArrive, type Arrival, type ThreadMemory } from "./thread-memory.js";

/** What every thread of a lane is started with. */
export interface WorkerSetup {
  /** The BroadcastChannel on which the lane names the live graph as each new one serves. */
  liveChannel: string;
}

export interface WorkerTask {
  graph: SharedProjection;
  job: JobName;
  input: unknown;
}

/** Engines of the graphs this thread has served, newest last: the live graph and a past one or two. */
const engines = new Map<string, Engine>();
const KEPT = 3;
/** The newest live version this thread has been told of or served. */
let newestLive = -1;

/**
 * A newer live graph serves: the engines of older ones, their scratch arrays and their hold on
 * the older shared columns, are let go now rather than when they age out.
 */
function forgetOlderThan(key: string): void {
  const live = liveVersion(key);
  if (live === null) return;
  newestLive = Math.max(newestLive, live);
  let released = false;
  for (const k of [...engines.keys()]) if ((liveVersion(k) ?? live) < live) released = engines.delete(k);
  if (released) returnMemory();
}
// Told by the lane as each new live graph serves, so an idle thread lets the older one go too.
const setup = workerData as WorkerSetup | undefined;
if (setup?.liveChannel) {
  const channel = new BroadcastChannel(setup.liveChannel);
  channel.onmessage = (e) => forgetOlderThan(String((e as { data: unknown }).data));
  channel.unref();
}

function engineFor(graph: SharedProjection): Engine {
  let engine = engines.get(graph.key);
  if (engine) {
    engines.delete(graph.key);
  } else {
    forgetOlderThan(graph.key);
    engine = new Engine(openSharedProjection(graph));
    // A job asked on a live graph older than the one serving runs, but its engine is not kept.
    if ((liveVersion(graph.key) ?? newestLive) < newestLive) return engine;
    if (engines.size >= KEPT) engines.delete(engines.keys().next().value!);
  }
  engines.set(graph.key, engine);
  return engine;
}

/** A live graph's version (v12), or null for a past or proposed graph. */
function liveVersion(key: string): number | null {
  return key.startsWith("v") ? Number(key.slice(1)) : null;
}

/** This thread's memory, for the server's memory report: one answer per thread (see memoryOnceAllArrive). */
export function memory(a: Arrival): ThreadMemory & { graphs: number } {
  return { ...memoryOnceAllArrive(a), graphs: engines.size };
}

/** Runs one job on the engine of the task's graph; typed arrays in the answer are handed over, not copied. */
export default function run(task: WorkerTask): unknown {
  const job = JOBS[task.job] as (engine: Engine, input: unknown) => unknown;
  const output = job(engineFor(task.graph), task.input);
  const buffers = new Set<ArrayBuffer>();
  collectBuffers(output, buffers);
  const movable = { [Piscina.transferableSymbol]: [...buffers], [Piscina.valueSymbol]: output };
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0]);
}

function collectBuffers(value: unknown, out: Set<ArrayBuffer>): void {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.buffer.byteLength > 0) out.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) collectBuffers(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) collectBuffers(v, out);
  }
}
