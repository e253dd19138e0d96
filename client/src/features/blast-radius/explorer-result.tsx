import { GraphView } from "./graph-view.js";
import { ImpactPanel } from "./impact-panel.js";
import { NodeDetails } from "./node-details.js";
import type { InScenario } from "./node-facts.js";
import { exportHeading } from "./scenario-words.js";
import type { Shown } from "./use-blast-radius.js";
import type { Drill } from "./use-drill.js";

interface Props {
  shown: Shown;
  drill: Drill;
  hours: number;
  recovery: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** An answer: the graph with the chosen node's details under it, and the impact panel beside it. */
export function ExplorerResult({ shown, drill, hours, recovery, selected, onSelect }: Props) {
  const { elements } = drill;
  const inScenario = (id: string): InScenario => (elements.find((e) => e.group === "nodes" && e.data.id === id)?.data ?? {}) as InScenario;
  return (
    <div className="result">
      <div className="graph-column">
        <GraphView
          elements={elements}
          onGroupTap={drill.expand}
          onNodeTap={onSelect}
          drawnKey={shown.key}
          highlight={drill.highlight}
          selected={selected}
          heading={() => exportHeading(shown)}
        />
        {selected && (
          <NodeDetails
            id={selected}
            hours={hours}
            recovery={recovery}
            inScenario={inScenario(selected)}
            onSelect={onSelect}
            onClose={() => onSelect(null)}
          />
        )}
      </div>
      <ImpactPanel key={shown.key} result={shown.result} scenario={shown.vars} onHighlight={drill.setHighlight} onSelect={onSelect} />
    </div>
  );
}
