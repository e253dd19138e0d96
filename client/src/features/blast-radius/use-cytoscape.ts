import { useEffect, useRef, type RefObject } from "react";
import cytoscape, { type Core } from "cytoscape";
import svg from "cytoscape-svg";
import type { ElementDef } from "./elements.js";
import { stylesheet } from "./styles.js";

export type LayoutName = "breadthfirst" | "cose";

cytoscape.use(svg);

/**
 * Owns the Cytoscape instance: created once for the container, destroyed on unmount. Elements
 * are updated by id (added, changed, removed), not rebuilt, then laid out again.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDef[],
  layout: LayoutName,
  onGroupTap?: (id: string) => void,
): RefObject<Core | null> {
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({ container: container.current, style: stylesheet(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [container]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
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
    const options = layout === "breadthfirst" ? { name: "breadthfirst", directed: true, spacingFactor: 1.1, animate: false } : { name: "cose", animate: false };
    instance.layout(options as cytoscape.LayoutOptions).run();
    instance.fit(undefined, 30);
  }, [elements, layout]);

  // Listeners come and go in pairs with the handler they call.
  useEffect(() => {
    const instance = cy.current;
    if (!instance || !onGroupTap) return;
    const handler = (e: cytoscape.EventObject) => onGroupTap(e.target.id());
    instance.on("tap", "node.group", handler);
    return () => {
      instance.off("tap", "node.group", handler);
    };
  }, [onGroupTap]);

  return cy;
}
