import { useEffect, useMemo, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQLEach } from "../../lib/query.js";
import { nearestStop, readScenario, scenarioHash } from "../../lib/scenario-url.js";
import { CURVE_HOURS, type NodeRef } from "./api.js";
import { NODE_BY_ID } from "./drill-api.js";

/** Slider stops from 1 hour to 30 days (the same as the impact curve's). */
export const HORIZONS = CURVE_HOURS;

export interface ScenarioVars {
  lost: string[];
  compromised: string[];
  hours: number;
  /** Each lost node back at its recoveryHours (model section 9). */
  recovery: boolean;
}

/**
 * The scenario being explored: the chosen nodes, the horizon and recovery. It lives in the
 * address bar: read once on opening (its ids named before it starts; `onFailure` hears of a
 * failed read), written back in place on every change.
 */
export function useScenario(onFailure: (message: string) => void) {
  const search = useSearch();
  const [fromUrl] = useState(() => readScenario(search));
  const [lost, setLost] = useState<NodeRef[]>([]);
  const [compromised, setCompromised] = useState<NodeRef[]>([]);
  const [stop, setStop] = useState(() => nearestStop(HORIZONS, fromUrl.hours ?? 24));
  const [recovery, setRecovery] = useState(fromUrl.recovery);
  const [ready, setReady] = useState(fromUrl.lost.length + fromUrl.compromised.length === 0);
  const [notice, setNotice] = useState<string | null>(null);
  const hours = HORIZONS[stop]!;

  // Names for the ids in the address bar, asked for once; the scenario starts when all have answered.
  const urlIds = useMemo(() => [...new Set([...fromUrl.lost, ...fromUrl.compromised])], [fromUrl]);
  const named = useGraphQLEach(
    NODE_BY_ID,
    useMemo(() => urlIds.map((id) => ({ id })), [urlIds]),
  );
  if (!ready && named.every((q) => !q.isPending)) {
    const failed = named.find((q) => q.error)?.error;
    const byId = new Map(named.flatMap((q): NodeRef[] => (q.data?.node ? [q.data.node] : [])).map((n) => [n.id, n]));
    const missing = urlIds.filter((id) => !byId.has(id));
    if (failed) onFailure(errorMessage(failed));
    else if (missing.length) setNotice(`The graph holds no node ${missing.join(", ")}; the rest of the scenario is shown.`);
    if (!failed) {
      setLost(fromUrl.lost.flatMap((id) => byId.get(id) ?? []));
      setCompromised(fromUrl.compromised.flatMap((id) => byId.get(id) ?? []));
    }
    setReady(true);
  }

  const vars: ScenarioVars = useMemo(
    () => ({ lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, recovery }),
    [lost, compromised, hours, recovery],
  );
  const chosen = !!(vars.lost.length || vars.compromised.length);
  // Replaced in place: the address follows the scenario without a page of history per change, and without a visit.
  const [, navigate] = useLocation();
  useEffect(() => {
    if (ready) navigate(chosen ? scenarioHash(vars) : "/explorer", { replace: true });
  }, [vars, chosen, ready, navigate]);

  return { lost, setLost, compromised, setCompromised, stop, setStop, hours, recovery, setRecovery, ready, notice, vars, chosen };
}

export type Scenario = ReturnType<typeof useScenario>;
