import { int } from "neo4j-driver";
import type { Database } from "./database.js";
import { toNodeRecord, type NodeRecord } from "./nodes.js";
import type { Props } from "./rows.js";
import type { Hosting } from "../model/enums.js";

/** What a model can lack: each a place where the blast radius would be silently wrong. */
export const QUALITY_ISSUES = [
  "SERVICE_WITHOUT_DEPENDENCIES",
  "SYSTEM_NOTHING_DEPENDS_ON",
  "STORE_NOT_ACCESSED",
  "SUPPLIER_WITHOUT_DEPENDANTS",
  "NO_OWNER",
  "SUPPLIER_WITHOUT_HOSTING",
] as const;
export type QualityIssue = (typeof QUALITY_ISSUES)[number];

export interface QualityFinding {
  issue: QualityIssue;
  count: number;
  /** The first `first` of them, by id. */
  nodes: NodeRecord[];
}

// Suppliers belong to no organisation: with one asked for, they are the ones its systems name.
// A system its supplier hosts depends on it by implication (model section 10), so counts as a dependant.
const QUERY = `
CALL {
  MATCH (n:CareService) WHERE ($org IS NULL OR n.organisation = $org) AND NOT (n)-[:DEPENDS_ON]->()
  RETURN 'SERVICE_WITHOUT_DEPENDENCIES' AS issue, n
  UNION ALL
  MATCH (n:System) WHERE ($org IS NULL OR n.organisation = $org) AND NOT ()-[:DEPENDS_ON]->(n)
  RETURN 'SYSTEM_NOTHING_DEPENDS_ON' AS issue, n
  UNION ALL
  MATCH (n:DataStore) WHERE ($org IS NULL OR n.organisation = $org) AND NOT (:System)-[:ACCESSES]->(n)
  RETURN 'STORE_NOT_ACCESSED' AS issue, n
  UNION ALL
  MATCH (n:Supplier) WHERE NOT ()-[:DEPENDS_ON]->(n)
    AND NOT EXISTS { MATCH (h:System) WHERE h.supplier = n.id AND h.hosting = $hosted }
    AND ($org IS NULL OR EXISTS { MATCH (s:System {organisation: $org}) WHERE s.supplier = n.id })
  RETURN 'SUPPLIER_WITHOUT_DEPENDANTS' AS issue, n
  UNION ALL
  MATCH (n:Node) WHERE (n:CareService OR n:System OR n:DataStore) AND ($org IS NULL OR n.organisation = $org) AND n.owner IS NULL
  RETURN 'NO_OWNER' AS issue, n
  UNION ALL
  MATCH (n:System) WHERE ($org IS NULL OR n.organisation = $org) AND n.supplier IS NOT NULL AND n.hosting IS NULL
  RETURN 'SUPPLIER_WITHOUT_HOSTING' AS issue, n
}
WITH issue, n ORDER BY n.id
WITH issue, count(n) AS count, collect(n)[..$first] AS nodes
RETURN issue, count, [m IN nodes | [labels(m), properties(m)]] AS nodes`;

/** The model's gaps, of one organisation or of all, each counted with its first nodes. */
export function dataQuality(db: Database, organisation: string | null, first: number): Promise<QualityFinding[]> {
  return db.read(async (tx) => {
    const r = await tx.run(QUERY, { org: organisation, first: int(first), hosted: "SUPPLIER_HOSTED" satisfies Hosting });
    const found = new Map(
      r.records.map((rec) => [
        rec.get("issue") as QualityIssue,
        {
          issue: rec.get("issue") as QualityIssue,
          count: Number(rec.get("count")),
          nodes: (rec.get("nodes") as Array<[string[], Props]>).map(([labels, props]) => toNodeRecord(labels, props)),
        },
      ]),
    );
    return QUALITY_ISSUES.map((issue) => found.get(issue) ?? { issue, count: 0, nodes: [] });
  });
}
