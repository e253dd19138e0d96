import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { BLAST_RADIUS, CURVE_HOURS, GROUP_MEMBERS, nodesById, REGION_GROUPS, type AffectedGroup, type AffectedNode, type BlastRadius, type NodeRef } from "./api.js";
import { toElements, undrawn } from "./elements.js";
import { NodeDetails, type InScenario } from "./node-details.js";
import { nearestStop, readScenario, scenarioHash } from "../../lib/scenario-url.js";
import { GraphView, type GroupTap } from "./graph-view.js";
import { groupsToDraw, nextStep, NO_REGIONS_OPEN, openRegion, regionKey, type OpenRegions } from "./grouping.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeSearch } from "../../components/node-search.js";

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
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [recovery, setRecovery] = useState(fromUrl.recovery);
  const [expanded, setExpanded] = useState<AffectedNode[]>([]);
  const [open, setOpen] = useState<OpenRegions>(NO_REGIONS_OPEN);
  // The key of what is shown, and the groups being fetched for it: late or repeated answers are dropped.
  const current = useRef<string | null>(null);
  const fetching = useRef(new Set<string>());
  const hours = HORIZONS[stop]!;

  // Names for the ids in the address bar, asked for once.
  useEffect(() => {
    const ids = [...new Set([...fromUrl.lost, ...fromUrl.compromised])];
    if (!ids.length) return;
    request<Record<string, NodeRef | null>>(nodesById(ids), Object.fromEntries(ids.map((id, i) => [`i${i}`, id])), token)
      .then((r) => {
        const byId = new Map(Object.values(r).filter((n): n is NodeRef => n !== null).map((n) => [n.id, n]));
        const missing = ids.filter((id) => !byId.has(id));
        if (missing.length) setNotice(`The graph holds no node ${missing.join(", ")}; the rest of the scenario is shown.`);
        setLost(fromUrl.lost.flatMap((id) => byId.get(id) ?? []));
        setCompromised(fromUrl.compromised.flatMap((id) => byId.get(id) ?? []));
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setReady(true));
  }, [fromUrl, token]);

  useEffect(() => {
    if (!ready) return;
    const vars = { lost: lost.map((n) => n.id), compromised: compromised.map((n) => n.id), hours, recovery };
    const hash = vars.lost.length || vars.compromised.length ? scenarioHash(vars) : "#explorer";
    // replaceState: the address follows the scenario without a page of history per change, and without a hashchange.
    if (window.location.hash !== hash) window.history.replaceState(null, "", hash);
    if (!vars.lost.length && !vars.compromised.length) {
      current.current = null;
      setShown(null);
      return;
    }
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    request<{ blastRadius: BlastRadius }>(BLAST_RADIUS, { ...vars, curve: CURVE_HOURS }, token, abort.signal)
      .then((r) => {
        const key = keyOf(vars);
        current.current = key;
        fetching.current.clear();
        setShown({ key, vars, chosen: { lost, compromised }, result: r.blastRadius });
        setExpanded([]);
        setOpen(NO_REGIONS_OPEN);
        setHighlight([]);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setError(errorMessage(e));
      })
      .finally(() => setLoading(false));
    return () => abort.abort();
  }, [lost, compromised, hours, recovery, token, ready]);

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
        <Chips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((n) => n.id !== id))} />
        <NodeSearch token={token} label="Compromised (attacker in control)" onChoose={add(compromised, setCompromised)} />
        <Chips title="Compromised" items={compromised} onRemove={(id) => setCompromised(compromised.filter((n) => n.id !== id))} />
        {/* The horizon's label, its slider and the recovery switch stay together in one cell of the grid. */}
        <div className="horizon">
          <label htmlFor="horizon">
            Horizon: <strong data-testid="horizon">{horizonLabel(hours)}</strong>
          </label>
          <input id="horizon" type="range" min={0} max={HORIZONS.length - 1} step={1} value={stop} onChange={(e) => setStop(Number(e.target.value))} aria-valuetext={horizonLabel(hours)} />
          <label>
            <input type="checkbox" checked={recovery} onChange={(e) => setRecovery(e.target.checked)} /> With recovery (lost nodes back at their recovery time)
          </label>
        </div>
      </section>
      <div aria-live="polite" className="status">
        {notice && <span role="alert">{notice} </span>}
        {(loading || !ready) && "Working out the blast radius…"}
        {error && <span role="alert">{error}</span>}
        {!shown && !loading && ready && !error && "Choose something that is lost or compromised to see what breaks."}
        {shown && left > 0 && ` ${left.toLocaleString("en-GB")} further affected nodes are grouped by ${groups.regions.length ? "region" : "organisation"} and kind; select a group to ${groups.regions.length ? "open it" : "draw it"}.`}
      </div>
      {shown && (
        <div className="result">
          <div className="graph-column">
            <GraphView elements={elements} onGroupTap={expand} onNodeTap={setSelected} drawnKey={shown.key} highlight={highlight} selected={selected} heading={heading} />
            {selected && <NodeDetails id={selected} token={token} hours={hours} recovery={recovery} inScenario={inScenario(selected)} onSelect={setSelected} onClose={() => setSelected(null)} />}
          </div>
          <ImpactPanel key={shown.key} result={shown.result} scenario={shown.vars} token={token} onHighlight={setHighlight} onSelect={setSelected} />
        </div>
      )}
    </div>
  );
}

/** The scenario in a sentence, for the heading of an export. */
function scenarioWords(chosen: { lost: readonly NodeRef[]; compromised: readonly NodeRef[] }, hours: number, recovery: boolean): string {
  const names = (l: readonly NodeRef[]) => l.map((n) => n.name).join(", ");
  const parts = [chosen.lost.length ? `Lost: ${names(chosen.lost)}` : "", chosen.compromised.length ? `Compromised: ${names(chosen.compromised)}` : ""].filter(Boolean);
  return `${parts.join(" · ")} · over ${horizonLabel(hours)}${recovery ? ", lost nodes back at their recovery time" : ""}`;
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
