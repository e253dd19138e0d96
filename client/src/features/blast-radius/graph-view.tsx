import { useRef, useState } from "react";
import type { ElementDef } from "./elements.js";
import { useCytoscape, type LayoutName } from "./use-cytoscape.js";
import { download } from "./export.js";

/** The blast radius as a graph: layered by default (dependency chains read top to bottom). */
export function GraphView({ elements, onGroupTap }: { elements: readonly ElementDef[]; onGroupTap?: (id: string) => void }) {
  const container = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<LayoutName>("breadthfirst");
  const cy = useCytoscape(container, elements, layout, onGroupTap);
  const png = () => cy.current && download("blast-radius.png", cy.current.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 }));
  const svgFile = () => cy.current && download("blast-radius.svg", new Blob([cy.current.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }));
  return (
    <section className="graph-view" aria-label="Blast radius graph">
      <div className="toolbar">
        <label>
          Layout{" "}
          <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
            <option value="breadthfirst">Layered (dependency chains)</option>
            <option value="cose">Force-directed</option>
          </select>
        </label>{" "}
        <button type="button" onClick={png}>Save PNG</button> <button type="button" onClick={svgFile}>Save SVG</button>
      </div>
      <div ref={container} className="cy" data-testid="cy" />
    </section>
  );
}
