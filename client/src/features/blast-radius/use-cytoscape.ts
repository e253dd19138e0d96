import { useEffect, useRef, type RefObject } from "react";
import cytoscape, { type Core } from "cytoscape";
import dagre from "cytoscape-dagre";
import svg from "cytoscape-svg";
import type { ElementDef } from "./elements.js";
import { layered } from "./layered-layout.js";
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
    const frame = requestAnimationFrame(() => {
      box.dataset.drawMs = String(Math.round(performance.now() - started));
      box.dataset.elements = String(instance.elements().length);
      box.dataset.draws = String(Number(box.dataset.draws ?? 0) + 1);
      box.dataset.drawn = drawnKey;
    });
    return () => cancelAnimationFrame(frame);
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

/** Layered (dagre, with long top ranks folded and groups beneath) or force-directed. */
function runLayout(cy: Core, layout: LayoutName): void {
  if (layout === "cose") cy.layout({ name: "cose", animate: false } as cytoscape.LayoutOptions).run();
  else layered(cy);
}
