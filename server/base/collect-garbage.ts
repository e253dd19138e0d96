import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// V8's own collector, asked for by name: Node exposes it only behind a flag, which a new
// context then carries (the pattern Node's documentation gives for v8.setFlagsFromString).
setFlagsFromString("--expose-gc");
type Gc = (options: { type: "major"; execution: "sync" | "async"; flavor?: "regular" | "last-resort" }) => void;
const gc = runInNewContext("gc") as Gc;

/**
 * Collects this thread's garbage soon, while it goes on serving, when it has just let go of
 * something large (a graph and what was made of it). Typed arrays' memory lies outside the
 * heap and does not hasten a collection, so without this an idle thread could hold it forever.
 */
export function collectGarbage(): void {
  gc({ type: "major", execution: "async" });
}

/**
 * Collects everything now and gives the freed heap pages back to the system. A thread that is
 * about to end or to idle calls it: V8 otherwise keeps a dead thread's pages in its pool for
 * some seconds (at national scale the loading thread's 250 MiB stood beside the next rankings).
 * It stops the thread for a moment: only where no request waits on it.
 */
export function returnMemory(): void {
  gc({ type: "major", execution: "sync", flavor: "last-resort" });
}
