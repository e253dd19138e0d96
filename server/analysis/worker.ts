import { Piscina } from "piscina";
import { Engine } from "../engine/engine.js";
import { JOBS, type JobName } from "./jobs.js";
import { openSharedProjection, type SharedProjection } from "./shared-projection.js";

export interface WorkerTask {
  graph: SharedProjection;
  job: JobName;
  input: unknown;
}

/** Engines of the graphs this thread has served, newest last: the live graph and a past one or two. */
const engines = new Map<string, Engine>();
const KEPT = 3;

function engineFor(graph: SharedProjection): Engine {
  let engine = engines.get(graph.key);
  if (engine) {
    engines.delete(graph.key);
  } else {
    engine = new Engine(openSharedProjection(graph));
    if (engines.size >= KEPT) engines.delete(engines.keys().next().value!);
  }
  engines.set(graph.key, engine);
  return engine;
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
