import { parentPort, workerData } from "node:worker_threads";
import { factsFrom, referencedIds, type FactsData } from "../graph/facts.js";
import { validateDocument } from "../model/validate.js";
import type { ToMain, WorkerInput } from "./validate-off-thread.js";

/**
 * Validates one document off the server's event loop: parses its JSON bytes, tells
 * the main thread which ids it references, waits for what the graph holds of them, then
 * answers the validation.
 */
const input = (workerData as WorkerInput).source;
const port = parentPort!;
const send = (m: ToMain): void => port.postMessage(m);

let raw: unknown;
try {
  raw = JSON.parse(new TextDecoder().decode(input.bytes));
} catch (e) {
  send({ kind: "unparsable", message: e instanceof Error ? e.message : String(e) });
}
if (raw !== undefined) {
  port.once("message", (facts: FactsData) => send({ kind: "done", validation: validateDocument(raw, factsFrom(facts)) }));
  send({ kind: "refs", refs: referencedIds(raw) });
}
