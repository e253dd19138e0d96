import { keepPreviousData, skipToken, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { fetchGraphQL, graphqlKey } from "../../lib/query.js";
import { BLAST_RADIUS, CURVE_HOURS, LIMITS, type AffectedNode, type BlastRadius, type NodeRef } from "./api.js";
import { GROUP_MEMBERS, MEMBER_LIMIT, NODE_BY_ID, REGION_GROUPS } from "./drill-api.js";
import { toElements, undrawn } from "./elements.js";
import { NodeDetails, type InScenario } from "./node-details.js";
import { nearestStop, readScenario, scenarioHash } from "../../lib/scenario-url.js";
import { GraphView, type GroupTap } from "./graph-view.js";
import { groupsToDraw, nextStep, NO_REGIONS_OPEN, openRegion, regionKey, type OpenRegions } from "./grouping.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeSearch } from "../../components/node-search.js";
import { NodeChips } from "../../components/node-chips.js";

/** Slider stops from 1 hour to 30 days (the same as the impact curve's). */
const HORIZONS = CURVE_HOURS;
const horizonLabel = (h: number): string => (h < 24 ? `${h} h` : `${h / 24} day${h === 24 ? "" : "s"}`);

export interface ScenarioVars {
  lost: string[];
  compromised: string[];
  hours: number;
  /** Each lost node back at its recoveryHours (model section 9). */
  recovery: boolean;
}

/** An answer with the scenario it answers: what is drawn and listed always belongs together. */
interface Shown {
  key: string;
  vars: ScenarioVars;
  chosen: { lost: NodeRef[]; compromised: NodeRef[] };
  result: BlastRadius;
}

const keyOf = (v: ScenarioVars): string => `${v.lost.join(",")}|${v.compromised.join(",")}|${v.hours}${v.recovery ? "|recovery" : ""}`;

/** What breaks if the chosen nodes are lost or compromised: choose, then read the graph and the panel. */
export function BlastRadiusPage({ token }: { token: string }) {
  // The scenario lives in the address bar: read once here, written back on every change.
  const [fromUrl] = useState(() => readScenario(window.location.hash));
  const [lost, setLost] = useState<NodeRef[]>([]);
  const [compromised, setCompromised] = useState<NodeRef[]>([]);
  const [stop, setStop] = useState(() => nearestStop(HORIZONS, fromUrl.hours ?? 24));
  const [ready, setReady] = useState(fromUrl.lost.length + fromUrl.compromised.length === 0);
  const [selected, setSelected] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState(fromUrl.recovery);
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const [open, setOpen] = useState<OpenRegions>(NO_REGIONS_OPEN);
  // The key of what is shown, and the groups being fetched for it: late or repeated answers are dropped.
  const current = useRef<string | null>(null);
  const fetching = useRef(new Set<string>());
  const hours = HORIZONS[stop]!;

  const client = useQueryClient();

  // Names for the ids in the address bar, asked for once; the scenario starts when all have answered.
  const urlIds = useMemo(() => [...new Set([...fromUrl.lost, ...fromUrl.compromised])], [fromUrl]);
  const named = useQueries({
    queries: urlIds.map((id) => ({
      queryKey: graphqlKey(NODE_BY_ID, { id }),
      queryFn: ({ signal }: { signal: AbortSignal }) => request(NODE_BY_ID, { id }, token, signal),
    })),
  });
  if (!ready && named.every((q) => !q.isPending)) {
    const failed = named.find((q) => q.error)?.error;
    const byId = new Map(named.flatMap((q): NodeRef[] => (q.data?.node ? [q.data.node] : [])).map((n) => [n.id, n]));
    const missing = urlIds.filter((id) => !byId.has(id));
    if (failed) setError(errorMessage(failed));
    else if (missing.length) setNotice(`The graph holds no node ${missing.join(", ")}; the rest of the scenario is shown.`);
    if (!failed) {
      setLost(fromUrl.lost.flatMap((id) => byId.get(id) ?? []));
      setCompromised(fromUrl.compromised.flatMap((id) => byId.get(id) ?? []));
    }
    setReady(true);
  }

  const vars = useMemo(
    () => ({ lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, recovery }),
    [lost, compromised, hours, recovery],
  );
  const chosen = !!(vars.lost.length || vars.compromised.length);
  // replaceState: the address follows the scenario without a page of history per change, and without a hashchange.
  useEffect(() => {
    if (!ready) return;
    const hash = chosen ? scenarioHash(vars) : "#explorer";
    if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
  }, [vars, chosen, ready]);
  // The answer comes with the scenario it answers, and the last stays drawn while the next is read.
  const radius = useQuery({
    queryKey: graphqlKey(BLAST_RADIUS, { ...vars, ...LIMITS }),
    queryFn:
      ready && chosen
        ? async ({ signal }): Promise<Shown> => {
            const r = await request(BLAST_RADIUS, { ...vars, ...LIMITS }, token, signal);
            return { key: keyOf(vars), vars, chosen: { lost, compromised }, result: r.blastRadius };
          }
        : skipToken,
    placeholderData: keepPreviousData,
  });
  const shown = ready && chosen ? (radius.data ?? null) : null;
  const loading = radius.isFetching;
  const failure = radius.error ? errorMessage(radius.error) : error;
  // A new answer starts with nothing opened, marked or expanded (set while rendering, so it is never drawn with the last one's).
  const [answered, setAnswered] = useState<string | null>(null);
  if ((shown?.key ?? null) !== answered) {
    setAnswered(shown?.key ?? null);
    setError(null);
    setExpanded([]);
    setOpen(NO_REGIONS_OPEN);
    setHighlight([]);
  }
  useEffect(() => {
    current.current = shown?.key ?? null;
    fetching.current.clear();
  }, [shown?.key]);

  const groups = useMemo(() => (shown ? groupsToDraw(shown.result, open) : { organisations: [], regions: [] }), [shown, open]);
  const elements = useMemo(() => (shown ? toElements(shown.result, shown.chosen, groups, expanded) : []), [shown, expanded, groups]);
  // Tapping a region group opens its largest organisations; tapping an organisation group draws its members.
  const expand = useCallback(
    (g: GroupTap) => {
      if (!shown) return;
      const key = g.kind === "region" ? regionKey(g.region, g.label) : `${g.organisation ?? ""}|${g.region ?? ""}|${g.label}`;
      if (fetching.current.has(key)) return;
      fetching.current.add(key);
      const stillShown = () => current.current === shown.key;
      const fail = (e: unknown) => {
        fetching.current.delete(key);
        if (stillShown()) setError(errorMessage(e));
      };
      if (g.kind === "region") {
        const vars = { ...shown.vars, region: g.region ?? "", labels: [g.label], first: nextStep(open, key) };
        fetchGraphQL(client, REGION_GROUPS, vars, token)
          .then((r) => {
            fetching.current.delete(key);
            if (stillShown()) setOpen((prev) => openRegion(prev, key, r.blastRadius.affectedGroups));
          })
          .catch(fail);
        return;
      }
      // "" asks for nodes with no organisation; those are narrowed to the group's region too.
      const where = g.organisation ? { org: g.organisation } : { org: "", region: g.region ?? "" };
      fetchGraphQL(client, GROUP_MEMBERS, { ...shown.vars, labels: [g.label], ...where, first: MEMBER_LIMIT }, token)
        .then((r) => stillShown() && setExpanded((prev) => [...prev, ...r.blastRadius.affected]))
        .catch(fail);
    },
    [shown, token, open, client],
  );
  const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => {
    if (!list.some((x) => x.id === n.id)) set([...list, n]);
  };
  const left = shown ? undrawn(shown.result, elements) : 0;
  const inScenario = (id: string): InScenario => (elements.find((e) => e.group === "nodes" && e.data.id === id)?.data ?? {}) as InScenario;
  const heading = () => ({
    title: "Blast radius: what breaks, and what is exposed",
    scenario: shown ? scenarioWords(shown.chosen, shown.vars.hours, shown.vars.recovery) : "",
    made: `Made ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · Critical-systems impact map`,
  });

  return (
    <div className="explorer">
      <section className="controls" aria-label="Scenario">
        <NodeSearch token={token} label="Lost (unavailable)" onChoose={add(lost, setLost)} />
        <NodeChips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((n) => n.id !== id))} />
        <NodeSearch token={token} label="Compromised (attacker in control)" onChoose={add(compromised, setCompromised)} />
        <NodeChips title="Compromised" items={compromised} onRemove={(id) => setCompromised(compromised.filter((n) => n.id !== id))} />
        {/* The horizon's label, its slider and the recovery switch stay together in one cell of the grid. */}
        <div className="horizon">
          <label htmlFor="horizon">
            Horizon: <strong data-testid="horizon">{horizonLabel(hours)}</strong>
          </label>
          <input
            id="horizon"
            type="range"
            min={0}
            max={HORIZONS.length - 1}
            step={1}
            value={stop}
            onChange={(e) => setStop(Number(e.target.value))}
            aria-valuetext={horizonLabel(hours)}
          />
          <label>
            <input type="checkbox" checked={recovery} onChange={(e) => setRecovery(e.target.checked)} /> With recovery (lost nodes back at
            their recovery time)
          </label>
        </div>
      </section>
      <div aria-live="polite" className="status">
        {notice && <span role="alert">{notice} </span>}
        {(loading || !ready) && "Working out the blast radius…"}
        {failure && <span role="alert">{failure}</span>}
        {!shown && !loading && ready && !failure && "Choose something that is lost or compromised to see what breaks."}
        {shown &&
          left > 0 &&
          ` ${left.toLocaleString("en-GB")} further affected nodes are grouped by ${groups.regions.length ? "region" : "organisation"} and kind; select a group to ${groups.regions.length ? "open it" : "draw it"}.`}
      </div>
      {shown && (
        <div className="result">
          <div className="graph-column">
            <GraphView
              elements={elements}
              onGroupTap={expand}
              onNodeTap={setSelected}
              drawnKey={shown.key}
              highlight={highlight}
              selected={selected}
              heading={heading}
            />
            {selected && (
              <NodeDetails
                id={selected}
                token={token}
                hours={hours}
                recovery={recovery}
                inScenario={inScenario(selected)}
                onSelect={setSelected}
                onClose={() => setSelected(null)}
              />
            )}
          </div>
          <ImpactPanel
            key={shown.key}
            result={shown.result}
            scenario={shown.vars}
            token={token}
            onHighlight={setHighlight}
            onSelect={setSelected}
          />
        </div>
      )}
    </div>
  );
}

/** The scenario in a sentence, for the heading of an export. */
function scenarioWords(chosen: { lost: readonly NodeRef[]; compromised: readonly NodeRef[] }, hours: number, recovery: boolean): string {
  const names = (l: readonly NodeRef[]) => l.map((n) => n.name).join(", ");
  const parts = [
    chosen.lost.length ? `Lost: ${names(chosen.lost)}` : "",
    chosen.compromised.length ? `Compromised: ${names(chosen.compromised)}` : "",
  ].filter(Boolean);
  return `${parts.join(" · ")} · over ${horizonLabel(hours)}${recovery ? ", lost nodes back at their recovery time" : ""}`;
}
