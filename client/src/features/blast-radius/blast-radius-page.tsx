import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiError, request } from "../../lib/graphql.js";
import { BLAST_RADIUS, GROUP_MEMBERS, REGION_GROUPS, type AffectedGroup, type AffectedNode, type BlastRadius, type NodeRef } from "./api.js";
import { toElements, undrawn } from "./elements.js";
import { GraphView, type GroupTap } from "./graph-view.js";
import { groupsToDraw, NO_REGIONS_OPEN, openRegion, regionKey, type OpenRegions } from "./grouping.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeSearch } from "./node-search.js";

/** Slider stops from 1 hour to 30 days. */
const HORIZONS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];
const horizonLabel = (h: number): string => (h < 24 ? `${h} h` : `${h / 24} day${h === 24 ? "" : "s"}`);
const message = (e: unknown): string => (e instanceof ApiError ? e.message : "Something went wrong.");

/** What breaks if the chosen nodes are lost or compromised: choose, then read the graph and the panel. */
export function BlastRadiusPage({ token, initial }: { token: string; initial?: { lost: NodeRef[]; compromised: NodeRef[] } }) {
  const [lost, setLost] = useState<NodeRef[]>(initial?.lost ?? []);
  const [compromised, setCompromised] = useState<NodeRef[]>(initial?.compromised ?? []);
  const [stop, setStop] = useState(5);
  const [result, setResult] = useState<BlastRadius | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const [open, setOpen] = useState<OpenRegions>(NO_REGIONS_OPEN);
  const hours = HORIZONS[stop]!;
  const scenario = useMemo(() => ({ lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours }), [lost, compromised, hours]);
  const scenarioKey = `${scenario.lost.join(",")}|${scenario.compromised.join(",")}|${hours}`;

  useEffect(() => {
    if (!scenario.lost.length && !scenario.compromised.length) {
      setResult(null);
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    request<{ blastRadius: BlastRadius }>(BLAST_RADIUS, scenario, token, abort.signal)
      .then((r) => {
        setResult(r.blastRadius);
        setExpanded([]);
        setOpen(NO_REGIONS_OPEN);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setError(message(e));
      })
      .finally(() => setLoading(false));
    return () => abort.abort();
  }, [scenario, token]);

  const groups = useMemo(() => (result ? groupsToDraw(result, open) : { organisations: [], regions: [] }), [result, open]);
  const elements = useMemo(
    () => (result ? toElements(result, { lost, compromised }, groups, expanded) : []),
    [result, expanded, lost, compromised, groups],
  );
  // Tapping a region group opens its largest organisations; tapping an organisation group draws its members.
  const expand = useCallback(
    (g: GroupTap) => {
      const fail = (e: unknown) => setError(message(e));
      if (g.kind === "region") {
        const key = regionKey(g.region, g.label);
        if (open.children[key]) return setOpen(openRegion(open, key, []));
        request<{ blastRadius: { affectedGroups: AffectedGroup[] } }>(REGION_GROUPS, { ...scenario, region: g.region ?? "" }, token)
          .then((r) => setOpen((prev) => openRegion(prev, key, r.blastRadius.affectedGroups)))
          .catch(fail);
        return;
      }
      // Nodes with no organisation are narrowed to those with no region as well.
      const where = g.organisation ? { org: g.organisation } : { region: g.region ?? "" };
      request<{ blastRadius: { affected: AffectedNode[] } }>(GROUP_MEMBERS, { ...scenario, labels: [g.label], ...where }, token)
        .then((r) => setExpanded((prev) => [...prev, ...r.blastRadius.affected]))
        .catch(fail);
    },
    [scenario, token, open],
  );
  const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => {
    if (!list.some((x) => x.id === n.id)) set([...list, n]);
  };
  const left = result ? undrawn(result, elements) : 0;

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
      </section>
      <div aria-live="polite" className="status">
        {loading && "Working out the blast radius…"}
        {error && <span role="alert">{error}</span>}
        {!result && !loading && !error && "Choose something that is lost or compromised to see what breaks."}
        {result && left > 0 && ` ${left.toLocaleString("en-GB")} further affected nodes are grouped by ${groups.regions.length ? "region" : "organisation"} and kind; select a group to ${groups.regions.length ? "open it" : "draw it"}.`}
      </div>
      {result && (
        <div className="result">
          <GraphView elements={elements} onGroupTap={expand} drawnKey={scenarioKey} />
          <ImpactPanel result={result} scenario={scenario} token={token} />
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
