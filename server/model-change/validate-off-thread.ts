import { Worker } from "node:worker_threads";
import { badInput } from "../base/errors.js";
import { factsFrom, referencedIds, type FactsData, type ReferencedIds } from "../graph/facts.js";
import type { InterchangeDocument } from "../model/document.js";
import { validateDocument, type Validation } from "../model/validate.js";

/** A document still as the bytes of its JSON (an upload, a file): parsed off the event loop too. */
export class DocumentBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * A document the command line streamed from a file too large for one JSON text (see
 * read-json-file.ts): checked in this thread, as that process serves nothing else meanwhile
 * and the document is too large to hand to a thread as text.
 */
export class StreamedDocument {
  constructor(private raw: Record<string, unknown>) {}

  get value(): Record<string, unknown> {
    return this.raw;
  }

  /** Once checked, only the validated copy is held (itself a valid document): a national estate's raw copy is gigabytes. */
  settle(validated: InterchangeDocument): void {
    this.raw = validated as unknown as Record<string, unknown>;
  }
}

export type WorkerInput = { source: { bytes: Uint8Array } };
export type ToMain =
  { kind: "refs"; refs: ReferencedIds } | { kind: "unparsable"; message: string } | { kind: "done"; validation: Validation };

/** Documents with at most this many entries are checked in place: a few milliseconds. */
const IN_THREAD_ENTRIES = 20_000;
const IN_THREAD_BYTES = 1024 * 1024;
/** The heap a validating thread may use; past it the thread stops and the document is refused. */
export const VALIDATION_HEAP_MB = 3072;

const BOOT = new URL("../model/worker-boot.mjs", import.meta.url);
const ENTRY = new URL("./validate-worker.ts", import.meta.url).href;

/**
 * Validates a document against the rules and what the graph holds (`facts`, read by the
 * caller in its transaction). A large one, or more than a mebibyte of bytes, is parsed and
 * checked in a worker thread of bounded heap, so the server keeps answering meanwhile; a
 * streamed one is checked here.
 */
export async function validateOffThread(source: unknown, facts: (refs: ReferencedIds) => Promise<FactsData>): Promise<Validation> {
  const inThisThread = async (document: unknown) => validateDocument(document, factsFrom(await facts(referencedIds(document))));
  if (source instanceof StreamedDocument) {
    const validation = await inThisThread(source.value);
    if (validation.ok) source.settle(validation.document);
    return validation;
  }
  if (source instanceof DocumentBytes) {
    if (source.bytes.byteLength > IN_THREAD_BYTES) return validateInWorker(source, facts);
    try {
      source = JSON.parse(new TextDecoder().decode(source.bytes));
    } catch (e) {
      throw badInput(`The document is not JSON: ${(e as Error).message}`, [{ path: "$", message: "not JSON" }]);
    }
  }
  return entries(source) <= IN_THREAD_ENTRIES ? inThisThread(source) : validateInWorker(source, facts);
}

async function validateInWorker(source: unknown, facts: (refs: ReferencedIds) => Promise<FactsData>): Promise<Validation> {
  // A parsed document goes over as its JSON text, moved rather than copied: a structured clone
  // of millions of entries would itself hold the event loop for seconds.
  const bytes = source instanceof DocumentBytes ? source.bytes.slice() : new TextEncoder().encode(JSON.stringify(source));
  const input: WorkerInput = { source: { bytes } };
  const worker = new Worker(BOOT, {
    workerData: { ...input, entry: ENTRY },
    transferList: [bytes.buffer],
    resourceLimits: { maxOldGenerationSizeMb: VALIDATION_HEAP_MB },
  });
  try {
    return await new Promise<Validation>((resolve, reject) => {
      worker.on("message", (m: ToMain) => {
        if (m.kind === "done") resolve(m.validation);
        else if (m.kind === "unparsable") reject(badInput(`The document is not JSON: ${m.message}`, [{ path: "$", message: "not JSON" }]));
        else facts(m.refs).then((f) => worker.postMessage(f), reject);
      });
      worker.on("error", (e: Error & { code?: string }) =>
        reject(
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? badInput(`The document is too large to check within ${VALIDATION_HEAP_MB} MiB.`, [{ path: "$", message: "too large" }])
            : e,
        ),
      );
      worker.on("exit", (code) => reject(new Error(`the validating thread stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** How many entries the lists of a raw document hold, counted without looking inside them. */
function entries(raw: unknown): number {
  if (typeof raw !== "object" || raw === null) return 0;
  let n = 0;
  for (const v of Object.values(raw)) if (Array.isArray(v)) n += v.length;
  return n;
}
