import { int } from "neo4j-driver";
import type { NodeLabel, SystemKind } from "../model/enums.js";
import type { Database } from "./database.js";
import { toNodeRecord, type NodeRecord } from "./nodes.js";
import type { Props } from "./rows.js";

export interface BrowseFilter {
  organisation: string | null;
  label: NodeLabel | null;
  kind: SystemKind | null;
}

export interface BrowsePage {
  /** Whether the organisation asked for is one in the graph (true when none was asked for). */
  organisationFound: boolean;
  nodes: NodeRecord[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * A page of nodes in id order after the id `after`, and how many match in all. The label is
 * written into the text (labels take no parameters) from the allow-list the caller checked, so
 * each filter reads only that label's nodes; every value goes in as a parameter. Only the
 * filters given are written, so the planner can seek the id index past `after`.
 */
export function browseNodes(db: Database, filter: BrowseFilter, after: string | null, first: number): Promise<BrowsePage> {
  const label = filter.kind ? "System" : (filter.label ?? "Node");
  const where = ["true"];
  if (filter.organisation !== null) where.push("n.organisation = $org");
  if (filter.kind !== null) where.push("n.kind = $kind");
  const params = { org: filter.organisation, kind: filter.kind, after, limit: int(first + 1) };
  return db.read(async (tx) => {
    const org = filter.organisation === null ? null : await tx.run("MATCH (o:Organisation {id: $org}) RETURN o.id AS id", params);
    const total = await tx.run(`MATCH (n:${label}) WHERE ${where.join(" AND ")} RETURN count(n) AS c`, params);
    const page = await tx.run(
      `MATCH (n:${label}) WHERE ${[...where, ...(after === null ? [] : ["n.id > $after"])].join(" AND ")}
       RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id LIMIT $limit`,
      params,
    );
    const nodes = page.records.map((r) => toNodeRecord(r.get("labels") as string[], r.get("p") as Props));
    return {
      organisationFound: org === null || org.records.length > 0,
      nodes: nodes.slice(0, first),
      hasNextPage: nodes.length > first,
      totalCount: Number(total.records[0]?.get("c") ?? 0),
    };
  });
}
