import { NodeChips } from "../../components/node-chips.js";
import { NodeSearch } from "../../components/node-search.js";
import type { NodeRef } from "./api.js";
import { horizonLabel } from "./scenario-words.js";
import { HORIZONS, type Scenario } from "./use-scenario.js";

const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => {
  if (!list.some((x) => x.id === n.id)) set([...list, n]);
};

/** Choosing the scenario: what is lost, what is compromised, the horizon and whether lost nodes recover. */
export function ScenarioControls({ s }: { s: Scenario }) {
  const { lost, setLost, compromised, setCompromised, hours } = s;
  return (
    <section className="controls" aria-label="Scenario">
      <NodeSearch label="Lost (unavailable)" onChoose={add(lost, setLost)} />
      <NodeChips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((n) => n.id !== id))} />
      <NodeSearch label="Compromised (attacker in control)" onChoose={add(compromised, setCompromised)} />
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
          value={s.stop}
          onChange={(e) => s.setStop(Number(e.target.value))}
          aria-valuetext={horizonLabel(hours)}
        />
        <label>
          <input type="checkbox" checked={s.recovery} onChange={(e) => s.setRecovery(e.target.checked)} /> With recovery (lost nodes back at
          their recovery time)
        </label>
      </div>
    </section>
  );
}
