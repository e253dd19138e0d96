import type { ReactNode } from "react";
import type { NodeRef } from "../../lib/node-ref.js";
import { NodeSearch } from "../../components/node-search.js";
import { NodeChips } from "../../components/node-chips.js";
import { HORIZONS, hoursWords } from "../../lib/horizons.js";
import type { useNewRisk } from "./use-new-risk.js";

const add = (list: NodeRef[], set: (l: NodeRef[]) => void) => (n: NodeRef) => !list.some((x) => x.id === n.id) && set([...list, n]);

type Scenario = Pick<ReturnType<typeof useNewRisk>, "lost" | "setLost" | "compromised" | "setCompromised" | "hours" | "setHours">;

/** The new risk's scenario: what is lost, what is compromised, and over how long; `children` says what is missing. */
export function NewRiskScenario({ r, invalid, children }: { r: Scenario; invalid: object; children: ReactNode }) {
  return (
    <fieldset className="scenario-fields" {...invalid}>
      <legend>Scenario</legend>
      <NodeSearch label="What is lost" onChoose={add(r.lost, r.setLost)} />
      <NodeChips title="Lost" items={r.lost} onRemove={(id) => r.setLost(r.lost.filter((n) => n.id !== id))} />
      <NodeSearch
        label="What is compromised"
        labels={["System", "DataStore", "Supplier"]}
        onChoose={add(r.compromised, r.setCompromised)}
      />
      <NodeChips title="Compromised" items={r.compromised} onRemove={(id) => r.setCompromised(r.compromised.filter((n) => n.id !== id))} />
      <label>
        Over{" "}
        <select value={r.hours} onChange={(e) => r.setHours(Number(e.target.value))}>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {hoursWords(h)}
            </option>
          ))}
        </select>
      </label>
      {children}
    </fieldset>
  );
}
