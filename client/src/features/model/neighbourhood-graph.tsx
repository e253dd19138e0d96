import { useEffect, useMemo, useRef } from "react";
import cytoscape from "cytoscape";
import { errorMessage } from "../../lib/graphql.js";
import { useDependencies } from "./dependencies-query.js";
import { neighbourhoodElements } from "./neighbourhood-elements.js";
import { neighbourhoodStyle } from "./neighbourhood-style.js";

/**
 * The open node, what it depends on and what depends on it, one step each way; a neighbour's
 * click opens it. The tables beside it say the same in words. Once drawn, the container carries
 * `data-drawn` (the open node's id), `data-nodes` (nodes drawn) and `data-positions` (each
 * neighbour's place on the canvas), which the browser tests read.
 */
export function NeighbourhoodGraph({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const box = useRef<HTMLDivElement | null>(null);
  const { dependencies: deps, error } = useDependencies(id);

  const drawing = useMemo(() => (deps ? neighbourhoodElements(deps) : null), [deps]);
  useEffect(() => {
    const container = box.current;
    if (!container || !drawing || !deps) return;
    const cy = cytoscape({
      container,
      style: neighbourhoodStyle,
      layout: { name: "preset" },
      elements: drawing.elements,
      minZoom: 0.3,
      maxZoom: 1.2,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.fit(undefined, 24);
    cy.on("tap", "node.neighbour", (e) => onOpen((e.target as cytoscape.NodeSingular).id()));
    cy.on("mouseover", "node.neighbour", () => (container.style.cursor = "pointer"));
    cy.on("mouseout", "node.neighbour", () => (container.style.cursor = ""));
    const frame = requestAnimationFrame(() => {
      container.dataset.nodes = String(cy.nodes().length);
      container.dataset.positions = JSON.stringify(
        Object.fromEntries(
          cy.nodes(".neighbour").map((n) => [n.id(), [Math.round(n.renderedPosition().x), Math.round(n.renderedPosition().y)]]),
        ),
      );
      container.dataset.drawn = deps.node.id;
    });
    return () => {
      cancelAnimationFrame(frame);
      cy.destroy();
    };
  }, [deps, drawing, onOpen]);

  if (error) return <p role="alert">{errorMessage(error)}</p>;
  if (!deps || !drawing) return <p>Drawing its neighbourhood…</p>;
  const words = `${deps.node.name} depends on ${deps.out.length} ${deps.out.length === 1 ? "node" : "nodes"} (drawn below it) and ${deps.in.length} ${deps.in.length === 1 ? "depends" : "depend"} on it (drawn above); the tables below list them`;
  return (
    <figure className="neighbourhood">
      <div
        ref={box}
        className="neighbourhood-graph"
        role="img"
        aria-label={`Graph of its neighbourhood: ${words}.`}
        style={{ height: `${Math.min(800, 40 + drawing.rows * 130)}px` }}
      />
      <figcaption>
        What depends on {deps.node.name} above it, what it depends on below, each with its redundancy group and share under its name; dashed
        where a loss only degrades it. Click a neighbour to open it.
      </figcaption>
    </figure>
  );
}
