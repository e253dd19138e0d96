import { GraphQLError } from "graphql";

/** Another write changed the graph between checking a change and writing it: check again. */
export class GraphMoved extends Error {}

/**
 * Each round of racing writers lets at least one through, so this many rounds carry that many
 * writers racing at once; a short random pause keeps the losers from meeting again at once.
 */
const ATTEMPTS = 20;

/**
 * Checks a change outside any write transaction, then writes it; the write throws GraphMoved
 * when the graph's version moved since the check, and the change is checked again. The one
 * loop the document import and the model's edits share.
 */
export async function checkThenWrite<C, R>(check: () => Promise<C>, write: (checked: C) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const checked = await check();
    try {
      return await write(checked);
    } catch (e) {
      if (!(e instanceof GraphMoved) || attempt === ATTEMPTS) throw e instanceof GraphMoved ? busyGraph() : e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 45));
    }
  }
}

/** Retryable: other writes kept moving the graph under the check. */
function busyGraph(): GraphQLError {
  return new GraphQLError("The graph kept changing while the change was being checked; send it again.", {
    extensions: { code: "SERVICE_BUSY", retryAfterSeconds: 1 },
  });
}
