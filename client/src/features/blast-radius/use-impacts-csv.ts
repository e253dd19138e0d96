import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { download } from "../../lib/download.js";
import { whole } from "../../lib/format.js";
import { errorMessage } from "../../lib/graphql.js";
import { fetchGraphQL } from "../../lib/query.js";
import type { BlastRadius } from "./api.js";
import { ALL_EXPOSED, ALL_SERVICES } from "./drill-api.js";
import { impactsCsv } from "./export.js";
import type { ScenarioVars } from "./use-scenario.js";

/**
 * Saving the impacts as CSV: every affected service and exposed store. A large radius lists
 * only the most harmed, so the rest are fetched first; `state` says so, or what went wrong.
 */
export function useImpactsCsv(result: BlastRadius, scenario: ScenarioVars) {
  const [state, setState] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const client = useQueryClient();
  const file = `blast-radius-${new Date().toISOString().slice(0, 10)}.csv`;
  const save = async () => {
    const complete = result.careServices.length >= result.careServiceCount && result.exposurePaths.length >= result.exposedCount;
    if (complete) return download(file, new Blob([impactsCsv(result)], { type: "text/csv" }));
    setState(`Preparing ${whole(result.careServiceCount)} services and ${whole(result.exposedCount)} stores…`);
    setPreparing(true);
    try {
      const [s, x] = await Promise.all([fetchGraphQL(client, ALL_SERVICES, scenario), fetchGraphQL(client, ALL_EXPOSED, scenario)]);
      const all = {
        hours: result.hours,
        profile: result.profile,
        careServices: s.blastRadius.careServices,
        exposurePaths: x.blastRadius.exposurePaths,
      };
      download(file, new Blob([impactsCsv(all)], { type: "text/csv" }));
      setState(null);
    } catch (e) {
      setState(errorMessage(e, "The CSV could not be made."));
    } finally {
      setPreparing(false);
    }
  };
  return { save, state, preparing };
}
