import { useCallback, useEffect, useMemo, useState } from "react";
import { ApiError, request } from "../../lib/graphql.js";
import { AFFECTED_LIMIT, BLAST_RADIUS, GROUP_MEMBERS, type AffectedNode, type BlastRadius, type NodeRef } from "./api.js";
import { toElements, undrawn } from "./elements.js";
import { GraphView } from "./graph-view.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeSearch } from "./node-search.js";

/** Slider stops from 1 hour to 30 days. */
const HORIZONS = [1, 2, 4, 8, 12, 24, 48, 72, 168, 336, 720];
const horizonLabel = (h: number): string => (h < 24 ? `${h} h` : `${h / 24} day${h === 24 ? "" : "s"}`);

/** What breaks if the chosen nodes are lost or compromised: choose, then read the graph and the panel. */
export function BlastRadiusPage({ token, initial }: { token: string; initial?: { lost: NodeRef[]; compromised: NodeRef[] } }) {
  const [lost, setLost] = useState<NodeRef[]>(initial?.lost ?? []);
  const [compromised, setCompromised] = useState<NodeRef[]>(initial?.compromised ?? []);
  const [stop, setStop] = useState(5);
  const [result, setResult] = useState<BlastRadius | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const hours = HORIZONS[stop]!;

  useEffect(() => {
    if (!lost.length && !compromised.length) {
      setResult(null);
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    request<{ blastRadius: BlastRadius }>(BLAST_RADIUS, { lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, limit: AFFECTED_LIMIT }, token, abort.signal)
      .then((r) => {
        setResult(r.blastRadius);
        setExpanded([]);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setError(e instanceof ApiError ? e.message : "Something went wrong.");
      })
      .finally(() => setLoading(false));
    return () => abort.abort();
  }, [lost, compromised, hours, token]);

  const elements = useMemo(
    () => (result ? toElements({ ...result, affected: [...result.affected, ...expanded] }, { lost, compromised }) : []),
    [result, expanded, lost, compromised],
  );
  // Tapping a group draws its members (up to a thousand at a time).
  const expand = useCallback(
    (id: string) => {
      const [, org, label] = id.split("|");
      const vars = { lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, labels: [label], org: org || null };
      request<{ blastRadius: { affected: AffectedNode[] } }>(GROUP_MEMBERS, vars, token)
        .then((r) => setExpanded((prev) => [...prev, ...r.blastRadius.affected]))
        .catch((e: unknown) => setError(e instanceof ApiError ? e.message : "Something went wrong."));
    },
    [lost, compromised, hours, token],
  );
  const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => {
    if (!list.some((x) => x.id === n.id)) set([...list, n]);
  };

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
        {result && undrawn(result, elements) > 0 && ` ${undrawn(result, elements).toLocaleString("en-GB")} further affected nodes are grouped by organisation and kind; select a group to draw it.`}
      </div>
      {result && (
        <div className="result">
          <GraphView elements={elements} onGroupTap={expand} />
          <ImpactPanel result={result} />
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
