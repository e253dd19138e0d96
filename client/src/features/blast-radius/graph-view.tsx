import { useRef, useState } from "react";
import type { ElementDef } from "./elements.js";
import { useCytoscape, type LayoutName } from "./use-cytoscape.js";

/** The blast radius as a graph: layered by default (dependency chains read top to bottom). */
export function GraphView({ elements }: { elements: readonly ElementDef[] }) {
  const container = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<LayoutName>("breadthfirst");
  useCytoscape(container, elements, layout);
  return (
    <section className="graph-view" aria-label="Blast radius graph">
      <div className="toolbar">
        <label>
          Layout{" "}
          <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
            <option value="breadthfirst">Layered (dependency chains)</option>
            <option value="cose">Force-directed</option>
          </select>
        </label>
      </div>
      <div ref={container} className="cy" data-testid="cy" />
    </section>
  );
}
