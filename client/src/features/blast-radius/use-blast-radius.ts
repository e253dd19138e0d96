import { skipToken } from "@tanstack/react-query";
import { useGraphQLKept } from "../../lib/query.js";
import { BLAST_RADIUS, LIMITS, type BlastRadius, type NodeRef } from "./api.js";
import type { Scenario, ScenarioVars } from "./use-scenario.js";

/** An answer with the scenario it answers: what is drawn and listed always belongs together. */
export interface Shown {
  key: string;
  vars: ScenarioVars;
  chosen: { lost: NodeRef[]; compromised: NodeRef[] };
  result: BlastRadius;
}

const keyOf = (v: ScenarioVars): string => `${v.lost.join(",")}|${v.compromised.join(",")}|${v.hours}${v.recovery ? "|recovery" : ""}`;

/** The blast radius of the scenario once it is ready and something is chosen; the last stays drawn while the next is read. */
export function useBlastRadius(s: Scenario) {
  const asking = s.ready && s.chosen;
  const radius = useGraphQLKept(BLAST_RADIUS, asking ? { ...s.vars, ...LIMITS } : skipToken, (r): Shown => ({
    key: keyOf(s.vars),
    vars: s.vars,
    chosen: { lost: s.lost, compromised: s.compromised },
    result: r.blastRadius,
  }));
  return { shown: asking ? (radius.data ?? null) : null, loading: radius.isFetching, error: radius.error };
}
