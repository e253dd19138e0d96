import type { ManagedTransaction } from "neo4j-driver";
import type { Problem } from "../model/problems.js";
import { relKey, type RelType } from "./change-set.js";
import { readOrganisationPart } from "./store.js";
import { locate, type ChangeRequest, type ListKey, type Origin } from "./request.js";

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const field = (e: unknown, f: string): string | undefined => str((e as Record<string, unknown> | null)?.[f]);

/** The relationship lists of a document, their type, and which end belongs to the organisation maintaining it. */
const RELS: ReadonlyArray<[ListKey, RelType, string, string, "from" | "to"]> = [
  ["dependencies", "DEPENDS_ON", "from", "to", "from"],
  ["accesses", "ACCESSES", "system", "dataStore", "from"],
  ["administers", "ADMINISTERS", "from", "to", "to"],
];

/** What a sync keeps and removes of its organisation's nodes, for the write's deletion step. */
export interface SyncScope {
  organisation: string;
  /** The ids the request lists (the organisation's nodes it keeps, changed or not). */
  listed: string[];
  /** The organisation's nodes it no longer lists. */
  removed: string[];
}

/**
 * Turns a sync of one organisation into plain removals: every node the organisation operates,
 * and every relationship of its part, that the request does not list. The request may list only
 * that organisation's part (and suppliers, which are shared and never removed by a sync).
 */
export async function applySyncScope(tx: ManagedTransaction, req: ChangeRequest, org: string, problems: Problem[]): Promise<SyncScope> {
  const origin = (list: ListKey, i: number): Origin => req.origins.get(`${list}[${i}]`) ?? { path: `$.${list}[${i}]` };
  const listed = new Set<string>();
  req.upserts.organisations.forEach((e, i) => {
    if (field(e, "id") !== org)
      problems.push(locate(origin("organisations", i), "id", `a sync of '${org}' may list only that organisation`));
  });
  for (const list of ["careServices", "systems", "dataStores"] as const) {
    req.upserts[list].forEach((e, i) => {
      const id = field(e, "id");
      if (id) listed.add(id);
      if (field(e, "organisation") !== org)
        problems.push(locate(origin(list, i), "organisation", `a sync of '${org}' may list only nodes '${org}' operates`));
    });
  }
  const listedRels = new Set<string>();
  for (const [list, type, a, b, own] of RELS) {
    req.upserts[list].forEach((e, i) => {
      const from = field(e, a) ?? "";
      const to = field(e, b) ?? "";
      listedRels.add(relKey(type, from, to));
      const owner = own === "from" ? from : to;
      if (!listed.has(owner)) {
        problems.push(locate(origin(list, i), own === "from" ? a : b, `'${owner}' is not one of the nodes this sync of '${org}' lists`));
      }
    });
  }

  const part = await readOrganisationPart(tx, org);
  const by = { path: `sync of '${org}'` };
  const removed = part.nodes.filter((n) => !listed.has(n.id)).map((n) => n.id);
  for (const id of removed) req.removeNodes.push({ id, origin: { path: `${by.path}: ${id}` } });
  for (const r of part.relationships) {
    // A relationship whose own node goes is removed with it; list it once, not twice.
    if (!listedRels.has(relKey(r.type, r.from, r.to)))
      req.removeRelationships.push({ ...r, origin: { path: `${by.path}: ${r.from} -[${r.type}]-> ${r.to}` } });
  }
  return { organisation: org, listed: [...listed], removed };
}
