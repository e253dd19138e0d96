import { useCallback, useRef, useState } from "react";
import type { NodeRef } from "./api.js";
import type { ElementDef } from "./elements.js";
import { useCytoscape, type LayoutName } from "./use-cytoscape.js";
import { download } from "./export.js";

/** A group node chosen to open: a region and kind, or an organisation and kind. */
export interface GroupTap {
  kind: "region" | "organisation";
  region: string | null;
  organisation: string | null;
  label: NodeRef["label"];
}

const toTap = (d: Record<string, unknown>): GroupTap => ({
  kind: String(d.id).startsWith("region|") ? "region" : "organisation",
  region: (d.region as string | null | undefined) ?? null,
  organisation: (d.organisation as string | null | undefined) ?? null,
  label: d.label as NodeRef["label"],
});

/** How many group buttons the list beside the graph offers (the largest groups). */
const LISTED_GROUPS = 12;

/** The blast radius as a graph: layered by default (dependency chains read top to bottom). */
export function GraphView({ elements, onGroupTap, drawnKey }: { elements: readonly ElementDef[]; onGroupTap: (g: GroupTap) => void; drawnKey: string }) {
  const container = useRef<HTMLDivElement | null>(null);
  const [layout, setLayout] = useState<LayoutName>("dagre");
  const onTap = useCallback((d: Record<string, unknown>) => onGroupTap(toTap(d)), [onGroupTap]);
  const cy = useCytoscape(container, elements, layout, drawnKey, onTap);
  const png = () => cy.current && download("blast-radius.png", cy.current.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 }));
  const svgFile = () => cy.current && download("blast-radius.svg", new Blob([cy.current.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" }));
  const groups = elements
    .filter((e) => e.classes.split(" ").includes("group"))
    .sort((a, b) => Number(b.data.count) - Number(a.data.count))
    .slice(0, LISTED_GROUPS);
  return (
    <section className="graph-view" aria-label="Blast radius graph">
      <div className="toolbar">
        <label>
          Layout{" "}
          <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
            <option value="dagre">Layered (dependency chains)</option>
            <option value="cose">Force-directed</option>
          </select>
        </label>{" "}
        <button type="button" onClick={png}>Save PNG</button> <button type="button" onClick={svgFile}>Save SVG</button>
      </div>
      <div ref={container} className="cy" data-testid="cy" role="img" aria-label="Dependency graph of the blast radius; the side panel lists the same services" />
      {groups.length > 0 && (
        <nav className="groups" aria-label="Grouped nodes">
          <span>Largest groups:</span>{" "}
          {groups.map((g) => (
            <button key={String(g.data.id)} type="button" onClick={() => onTap(g.data)}>
              {String(g.data.name)}
            </button>
          ))}
        </nav>
      )}
    </section>
  );
}
