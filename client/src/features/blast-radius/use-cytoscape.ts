import { useEffect, useRef, type RefObject } from "react";
import cytoscape, { type Core } from "cytoscape";
import dagre from "cytoscape-dagre";
import svg from "cytoscape-svg";
import type { ElementDef } from "./elements.js";
import { stylesheet } from "./styles.js";

export type LayoutName = "dagre" | "cose";

cytoscape.use(svg);
cytoscape.use(dagre);

/**
 * Owns the Cytoscape instance: created once for the container, destroyed on unmount. Elements
 * are updated by id (added, changed, removed), not rebuilt, then laid out again. Once drawn,
 * the container carries `data-drawn` (the key of what it shows), `data-draw-ms`,
 * `data-elements` and `data-draws` (a count of drawings).
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDef[],
  layout: LayoutName,
  drawnKey: string,
  onGroupTap?: (data: Record<string, unknown>) => void,
): RefObject<Core | null> {
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({ container: container.current, style: stylesheet(), wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4 });
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [container]);

  useEffect(() => {
    const instance = cy.current;
    const box = container.current;
    if (!instance || !box) return;
    const started = performance.now();
    instance.batch(() => {
      const wanted = new Set(elements.map((e) => String(e.data.id)));
      instance.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      for (const e of elements.filter((x) => x.group === "nodes").concat(elements.filter((x) => x.group === "edges"))) {
        const existing = instance.getElementById(String(e.data.id));
        if (existing.nonempty()) {
          existing.data(e.data);
          existing.classes(e.classes);
        } else instance.add({ group: e.group, data: e.data as cytoscape.ElementDataDefinition, classes: e.classes });
      }
    });
    runLayout(instance, layout);
    instance.fit(undefined, 30);
    // The key is set once the frame with the new drawing has been painted.
    requestAnimationFrame(() => {
      box.dataset.drawMs = String(Math.round(performance.now() - started));
      box.dataset.elements = String(instance.elements().length);
      box.dataset.draws = String(Number(box.dataset.draws ?? 0) + 1);
      box.dataset.drawn = drawnKey;
    });
  }, [elements, layout, drawnKey, container]);

  // Listeners come and go in pairs with the handler they call.
  useEffect(() => {
    const instance = cy.current;
    if (!instance || !onGroupTap) return;
    const handler = (e: cytoscape.EventObject) => onGroupTap(e.target.data() as Record<string, unknown>);
    instance.on("tap", "node.group", handler);
    return () => {
      instance.off("tap", "node.group", handler);
    };
  }, [onGroupTap]);

  return cy;
}

/**
 * Layered: the dependency chains top to bottom with dagre, and the group nodes (which have no
 * edges) in a grid beneath them rather than strung along the top rank. Force: everything at once.
 */
function runLayout(cy: Core, layout: LayoutName): void {
  if (layout === "cose") {
    cy.layout({ name: "cose", animate: false } as cytoscape.LayoutOptions).run();
    return;
  }
  const chains = cy.elements().not(".group");
  const groups = cy.nodes(".group");
  chains.layout({ name: "dagre", rankDir: "TB", nodeSep: 24, rankSep: 70, animate: false } as cytoscape.LayoutOptions).run();
  if (groups.empty()) return;
  const bb = chains.nonempty() ? chains.boundingBox() : { x1: 0, y2: 0, w: 0 };
  const cell = { w: 180, h: 100 };
  const cols = Math.max(1, Math.min(groups.length, Math.floor(Math.max(bb.w, Math.sqrt(groups.length) * cell.w) / cell.w)));
  const rows = Math.ceil(groups.length / cols);
  groups.layout({ name: "grid", cols, boundingBox: { x1: bb.x1, y1: bb.y2 + 90, w: cols * cell.w, h: rows * cell.h }, avoidOverlap: true, animate: false } as cytoscape.LayoutOptions).run();
}
