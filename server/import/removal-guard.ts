import { GraphQLError } from "graphql";
import type { ManagedTransaction } from "neo4j-driver";
import { countNodes } from "../graph/stored-nodes.js";

/** What a REPLACE would remove: the graph's nodes that the document does not list. */
export interface Removal {
  /** Nodes the graph holds now. */
  total: number;
  /** Of those, the ones the document lists (kept, perhaps changed). */
  kept: number;
  removed: number;
  /** More than half of the graph, or all of it: the caller must confirm the count first. */
  needsConfirmation: boolean;
}

export async function removalOf(tx: ManagedTransaction, kept: number): Promise<Removal> {
  const total = await countNodes(tx);
  const removed = Math.max(0, total - kept);
  return { total, kept, removed, needsConfirmation: removed > 0 && removed * 2 > total };
}

/**
 * A REPLACE that would remove more than half the graph goes ahead only when the caller has
 * confirmed the very count it removes (`confirmRemoval`): an empty or truncated document sent
 * by mistake cannot wipe the estate. Refused inside the import's transaction, so nothing is written.
 */
export function guardRemoval(removal: Removal, confirmRemoval: number | null | undefined): void {
  if (!removal.needsConfirmation || confirmRemoval === removal.removed) return;
  const what = `This REPLACE would remove ${removal.removed.toLocaleString("en-GB")} of the graph's ${removal.total.toLocaleString("en-GB")} nodes`;
  const ask =
    confirmRemoval == null ? "to go ahead, send confirmRemoval" : `confirmRemoval was ${confirmRemoval}; to go ahead, send confirmRemoval`;
  throw new GraphQLError(
    `${what}, more than half of it; nothing was written. Check the document is the whole estate; ${ask}: ${removal.removed}.`,
    {
      extensions: {
        code: "BAD_USER_INPUT",
        problems: [
          {
            path: "$.confirmRemoval",
            message: `must be ${removal.removed}, the number of nodes this REPLACE removes (on the command line, --confirm-removal ${removal.removed})`,
          },
        ],
        removal: { removed: removal.removed, total: removal.total },
      },
    },
  );
}
