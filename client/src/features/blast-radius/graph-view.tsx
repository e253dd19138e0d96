import { useCallback, useEffect, useRef, useState } from "react";
import type { NodeRef } from "./api.js";
import type { ElementDef } from "./elements.js";
import { useCytoscape } from "./use-cytoscape.js";
import { defaultLayout, type LayoutName } from "./compound-layout.js";
import { download } from "../../lib/download.js";
import { framedPng, framedSvg, type ExportHeading } from "./export-frame.js";
import { Legend } from "./legend.js";

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

interface Props {
  elements: readonly ElementDef[];
  onGroupTap: (g: GroupTap) => void;
  onNodeTap: (id: string) => void;
  drawnKey: string;
  /** Nodes (and the edges between them) to mark: an opened chain or exposure path. */
  highlight: readonly string[];
  selected: string | null;
  heading: () => ExportHeading;
}

/** The blast radius as a graph: layered by default (dependency chains read top to bottom). */
export function GraphView({ elements, onGroupTap, onNodeTap, drawnKey, highlight, selected, heading }: Props) {
  const container = useRef<HTMLDivElement | null>(null);
  // The reader's choice, else the one that suits the radius.
  const [chosen, setChosen] = useState<LayoutName | null>(null);
  const layout = chosen ?? defaultLayout(elements);
  const onTap = useCallback((d: Record<string, unknown>) => onGroupTap(toTap(d)), [onGroupTap]);
  const onNode = useCallback((d: Record<string, unknown>) => onNodeTap(String(d.id)), [onNodeTap]);
  const cy = useCytoscape(container, elements, layout, drawnKey, onTap, onNode);
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements(".highlight").removeClass("highlight");
      let nodes = instance.collection();
      for (const id of highlight) nodes = nodes.union(instance.getElementById(id));
      nodes.union(nodes.edgesWith(nodes)).addClass("highlight");
    });
  }, [highlight, elements, cy]);
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes(":selected").unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected, elements, cy]);
  const stamp = new Date().toISOString().slice(0, 10);
  const png = async () => {
    if (!cy.current) return;
    download(
      `blast-radius-${stamp}.png`,
      await framedPng(cy.current.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 }), heading()),
    );
  };
  const svgFile = () =>
    cy.current &&
    download(
      `blast-radius-${stamp}.svg`,
      new Blob([framedSvg(cy.current.svg({ full: true, bg: "#ffffff" }), heading())], { type: "image/svg+xml" }),
    );
  const groups = elements
    .filter((e) => e.classes.split(" ").includes("group"))
    .sort((a, b) => Number(b.data.count) - Number(a.data.count))
    .slice(0, LISTED_GROUPS);
  return (
    <section className="graph-view" aria-label="Blast radius graph">
      <div className="toolbar">
        <label>
          Layout{" "}
          <select value={layout} onChange={(e) => setChosen(e.target.value as LayoutName)}>
            <option value="dagre">Layered (dependency chains)</option>
            <option value="fcose">Organisations apart (force-directed)</option>
          </select>
        </label>{" "}
        <button type="button" onClick={() => void png()}>
          Save PNG
        </button>{" "}
        <button type="button" onClick={svgFile}>
          Save SVG
        </button>{" "}
        <button type="button" onClick={() => cy.current?.fit(undefined, 30)}>
          Show all of it
        </button>{" "}
        <span className="muted">Select a node for its details; scroll to zoom (labels too small to read show on zooming in).</span>
      </div>
      <div
        ref={container}
        className="cy"
        data-testid="cy"
        role="img"
        aria-label="Dependency graph of the blast radius, nodes boxed by organisation; the side panel lists the same services"
      />
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
      <Legend />
    </section>
  );
}
