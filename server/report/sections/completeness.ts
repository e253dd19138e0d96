import type { SectionInput } from "./input.js";

export interface CompletenessRow {
  /** What is missing, in words. */
  what: string;
  count: number;
  /** How many could have it: the share's denominator. */
  of: number;
}

// Each gap counted against what could have it, of one organisation or of all ($org null).
const QUERY = `
CALL {
  MATCH (n:Node) WHERE (n:CareService OR n:System OR n:DataStore) AND ($org IS NULL OR n.organisation = $org)
  RETURN 'owner' AS gap, count(n) AS of, count(CASE WHEN n.owner IS NULL THEN 1 END) AS missing
  UNION ALL
  MATCH (n:System) WHERE ($org IS NULL OR n.organisation = $org) AND n.supplier IS NOT NULL
  RETURN 'hosting' AS gap, count(n) AS of, count(CASE WHEN n.hosting IS NULL THEN 1 END) AS missing
  UNION ALL
  MATCH (n:CareService) WHERE ($org IS NULL OR n.organisation = $org)
  RETURN 'tolerance' AS gap, count(n) AS of, count(CASE WHEN n.impactToleranceHours IS NULL THEN 1 END) AS missing
}
RETURN gap, of, missing`;

const WHAT: Record<string, string> = {
  owner: "Care services, systems and data stores without an owner",
  hosting: "Systems with a supplier but no hosting (who runs them is unknown, so the supplier's loss counts for nothing)",
  tolerance: "Care services without an impact tolerance (no breach can be found for them)",
};

/** How complete the model is where the figures come from: each gap a count with its share. */
export function completeness(input: SectionInput): Promise<CompletenessRow[]> {
  return input.db.read(async (tx) => {
    const r = await tx.run(QUERY, { org: input.organisation });
    const found = new Map(
      r.records.map((rec) => [rec.get("gap") as string, { of: Number(rec.get("of")), count: Number(rec.get("missing")) }]),
    );
    return Object.keys(WHAT).map((gap) => ({ what: WHAT[gap]!, count: found.get(gap)?.count ?? 0, of: found.get(gap)?.of ?? 0 }));
  });
}
