import type { Database } from "../graph/database.js";
import type { InterchangeDocument } from "../model/document.js";
import { graphAsOf, risksAsOf } from "./as-of.js";
import { GraphQLError } from "graphql";
import { byCodePoint } from "../audit/canonical.js";
import type { AuditEvent } from "../audit/audit-log.js";
import { entryLine, GRAPH_LISTS, LineDigest, liveGraphLines, liveRegisterLines, type ListName } from "../audit/state-digest.js";

/** Past any event's time: the replay takes the whole trail. */
const END = new Date("9999-12-31T23:59:59.999Z");

type Keyed = { list: string; key: string; line: string };

const keyOf = (list: ListName, e: Record<string, string>): string =>
  list === "dependencies" || list === "administers" ? `${e.from} → ${e.to}` : list === "accesses" ? `${e.system} → ${e.dataStore}` : e.id!;

/** The trail's replay as lines in the live stream's order, or null when it cannot be replayed (a generated estate). */
async function replayedGraph(db: Database): Promise<string[] | null> {
  let doc: InterchangeDocument;
  try {
    doc = (await graphAsOf(db, END)).document;
  } catch (e) {
    // A generated estate is not kept entry by entry; a tampered document is reported by the walk.
    if (e instanceof GraphQLError) return null;
    throw e;
  }
  const lines: string[] = [];
  for (const { list } of GRAPH_LISTS) {
    const entries = (doc[list] as unknown as Array<Record<string, string>>).map((e): Keyed => ({
      list,
      key: keyOf(list, e),
      line: entryLine(list, e),
    }));
    // Relationships sort by both ends, as the live stream does.
    const sortKey = (k: Keyed): string => k.key.replace(" → ", "\u0000");
    entries.sort((a, b) => byCodePoint(sortKey(a), sortKey(b)));
    lines.push(...entries.map((e) => e.line));
  }
  return lines;
}

/** Compares a live stream with the expected lines; returns its digest and the first difference, if any. */
async function compare(
  live: AsyncIterable<string>,
  expected: string[] | null,
  what: string,
): Promise<{ digest: string; difference: string | null }> {
  const digest = new LineDigest();
  let difference: string | null = null;
  let k = 0;
  for await (const line of live) {
    digest.add(line);
    if (expected && difference === null && line !== expected[k]) difference = differs(line, expected[k], what);
    k++;
  }
  if (expected && difference === null && k < expected.length)
    difference = `${what}: the trail's replay has ${short(expected[k]!)}, which the live ${what} lacks`;
  return { digest: digest.hex(), difference };
}

const short = (line: string): string => (line.length > 160 ? `${line.slice(0, 160)}…` : line);

function differs(live: string, replayed: string | undefined, what: string): string {
  if (replayed === undefined) return `${what}: the live ${what} has ${short(live)}, which the trail does not record`;
  return `${what}: the live ${what} has ${short(live)} where the trail's replay has ${short(replayed)}`;
}

/**
 * Whether the live graph and register are still what the trail says: equal to its replay, and to
 * the digests the newest (keyed) event recorded. Returns the first difference, or null.
 */
export async function checkLiveState(db: Database, newest: AuditEvent | null): Promise<string | null> {
  const graphLines = await replayedGraph(db);
  const riskLines = (await risksAsOf(db, END))
    .map((r) => ({ id: r.id, line: entryLine("risks", r) }))
    .sort((a, b) => byCodePoint(a.id, b.id))
    .map((r) => r.line);
  return db.read(async (tx) => {
    const graph = await compare(liveGraphLines(tx), graphLines, "graph");
    if (graph.difference) return graph.difference;
    const register = await compare(liveRegisterLines(tx), riskLines, "register");
    if (register.difference) return register.difference;
    if (newest?.graphDigest && newest.graphDigest !== graph.digest)
      return `graph: the live graph's digest differs from the one event ${newest.seq} recorded`;
    if (newest?.registerDigest && newest.registerDigest !== register.digest)
      return `register: the live register's digest differs from the one event ${newest.seq} recorded`;
    return null;
  });
}
