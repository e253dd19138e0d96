import { useCallback, useRef, useState } from "react";
import type { NodeRef } from "./api.js";
import type { ElementDef } from "./elements.js";
import { useCytoscape } from "./use-cytoscape.js";
import { defaultLayout, type LayoutName } from "./compound-layout.js";
import type { ExportHeading } from "./export-frame.js";
import { GraphToolbar } from "./graph-toolbar.js";
import { useGraphMarks } from "./use-graph-marks.js";
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
  useGraphMarks(cy, elements, highlight, selected);
  const groups = elements
    .filter((e) => e.classes.split(" ").includes("group"))
    .sort((a, b) => Number(b.data.count) - Number(a.data.count))
    .slice(0, LISTED_GROUPS);
  return (
    <section className="graph-view" aria-label="Blast radius graph">
      <GraphToolbar cy={cy} layout={layout} onLayout={setChosen} heading={heading} />
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
