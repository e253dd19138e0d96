import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { BLAST_RADIUS, GROUP_MEMBERS, REGION_GROUPS, type AffectedGroup, type AffectedNode, type BlastRadius, type NodeRef } from "./api.js";
import { toElements, undrawn } from "./elements.js";
import { GraphView, type GroupTap } from "./graph-view.js";
import { groupsToDraw, nextStep, NO_REGIONS_OPEN, openRegion, regionKey, type OpenRegions } from "./grouping.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeSearch } from "../../components/node-search.js";

/** Slider stops from 1 hour to 30 days. */
const HORIZONS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];
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
export function BlastRadiusPage({ token, initial }: { token: string; initial?: { lost: NodeRef[]; compromised: NodeRef[] } }) {
  const [lost, setLost] = useState<NodeRef[]>(initial?.lost ?? []);
  const [compromised, setCompromised] = useState<NodeRef[]>(initial?.compromised ?? []);
  const [stop, setStop] = useState(5);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const [open, setOpen] = useState<OpenRegions>(NO_REGIONS_OPEN);
  // The key of what is shown, and the groups being fetched for it: late or repeated answers are dropped.
  const current = useRef<string | null>(null);
  const fetching = useRef(new Set<string>());
  const hours = HORIZONS[stop]!;

  useEffect(() => {
    const vars = { lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, recovery };
    if (!vars.lost.length && !vars.compromised.length) {
      current.current = null;
      setShown(null);
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    request<{ blastRadius: BlastRadius }>(BLAST_RADIUS, vars, token, abort.signal)
      .then((r) => {
        const key = keyOf(vars);
        current.current = key;
        fetching.current.clear();
        setShown({ key, vars, chosen: { lost, compromised }, result: r.blastRadius });
        setExpanded([]);
        setOpen(NO_REGIONS_OPEN);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setError(errorMessage(e));
      })
      .finally(() => setLoading(false));
    return () => abort.abort();
  }, [lost, compromised, hours, recovery, token]);

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
        request<{ blastRadius: { affectedGroups: AffectedGroup[] } }>(REGION_GROUPS, vars, token)
          .then((r) => {
            fetching.current.delete(key);
            if (stillShown()) setOpen((prev) => openRegion(prev, key, r.blastRadius.affectedGroups));
          })
          .catch(fail);
        return;
      }
      // "" asks for nodes with no organisation; those are narrowed to the group's region too.
      const where = g.organisation ? { org: g.organisation } : { org: "", region: g.region ?? "" };
      request<{ blastRadius: { affected: AffectedNode[] } }>(GROUP_MEMBERS, { ...shown.vars, labels: [g.label], ...where }, token)
        .then((r) => stillShown() && setExpanded((prev) => [...prev, ...r.blastRadius.affected]))
        .catch(fail);
    },
    [shown, token, open],
  );
  const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => {
    if (!list.some((x) => x.id === n.id)) set([...list, n]);
  };
  const left = shown ? undrawn(shown.result, elements) : 0;

  return (
    <div className="explorer">
      <section className="controls" aria-label="Scenario">
        <NodeSearch token={token} label="Lost (unavailable)" onChoose={add(lost, setLost)} />
        <Chips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((n) => n.id !== id))} />
        <NodeSearch token={token} label="Compromised (attacker in control)" onChoose={add(compromised, setCompromised)} />
        <Chips title="Compromised" items={compromised} onRemove={(id) => setCompromised(compromised.filter((n) => n.id !== id))} />
        <label htmlFor="horizon">
          Horizon: <strong data-testid="horizon">{horizonLabel(hours)}</strong>
        </label>
        <input id="horizon" type="range" min={0} max={HORIZONS.length - 1} step={1} value={stop} onChange={(e) => setStop(Number(e.target.value))} aria-valuetext={horizonLabel(hours)} />
        <label>
          <input type="checkbox" checked={recovery} onChange={(e) => setRecovery(e.target.checked)} /> With recovery (lost nodes back at their recovery time)
        </label>
      </section>
      <div aria-live="polite" className="status">
        {loading && "Working out the blast radius…"}
        {error && <span role="alert">{error}</span>}
        {!shown && !loading && !error && "Choose something that is lost or compromised to see what breaks."}
        {shown && left > 0 && ` ${left.toLocaleString("en-GB")} further affected nodes are grouped by ${groups.regions.length ? "region" : "organisation"} and kind; select a group to ${groups.regions.length ? "open it" : "draw it"}.`}
      </div>
      {shown && (
        <div className="result">
          <GraphView elements={elements} onGroupTap={expand} drawnKey={shown.key} />
          <ImpactPanel key={shown.key} result={shown.result} scenario={shown.vars} token={token} />
        </div>
      )}
    </div>
  );
}

function Chips({ title, items, onRemove }: { title: string; items: NodeRef[]; onRemove: (id: string) => void }) {
  if (!items.length) return null;
  return (
    <ul className="chips" aria-label={title}>
      {items.map((n) => (
        <li key={n.id}>
          {n.name}{" "}
          <button type="button" onClick={() => onRemove(n.id)} aria-label={`Remove ${n.name}`}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
