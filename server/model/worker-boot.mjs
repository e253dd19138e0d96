// Entry of a worker thread: worker threads do not inherit the TypeScript loader the server
// runs under (tsx), so the worker registers it and then loads its TypeScript module.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
