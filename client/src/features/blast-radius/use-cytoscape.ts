import { useEffect, useRef, type RefObject } from "react";
import cytoscape, { type Core } from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";
import svg from "cytoscape-svg";
import { organisationsApart, type LayoutName } from "./compound-layout.js";
import type { ElementDef } from "./elements.js";
import { layered } from "./layered-layout.js";
import { stylesheet } from "./styles.js";
import { firstFit } from "./first-fit.js";
import { labelsOnViewport } from "./label-room.js";

cytoscape.use(svg);
cytoscape.use(dagre);
cytoscape.use(fcose);

/**
 * Owns the Cytoscape instance: created once for the container, destroyed on unmount. Elements
 * are updated by id (added, changed, removed), not rebuilt, then laid out again. Once drawn,
 * the container carries `data-drawn` (the key of what it shows), `data-draw-ms` (`data-fit-ms`
 * of it the first fit and the placing of labels), `data-elements`, `data-draws` (a count of
 * drawings), `data-exposure-edges` and `data-organisations` (boxes drawn) and `data-fitted`
 * ("all", or "labelled" when the first view shows the labelled part at a zoom its labels can be
 * read at).
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: readonly ElementDef[],
  layout: LayoutName,
  drawnKey: string,
  onGroupTap?: (data: Record<string, unknown>) => void,
  onNodeTap?: (data: Record<string, unknown>) => void,
): RefObject<Core | null> {
  const cy = useRef<Core | null>(null);
  const labels = useRef<ReturnType<typeof labelsOnViewport> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({ container: container.current, style: stylesheet(), wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 4 });
    cy.current = instance;
    labels.current = labelsOnViewport(instance);
    return () => {
      labels.current?.stop();
      instance.destroy();
      cy.current = null;
      labels.current = null;
    };
  }, [container]);

  useEffect(() => {
    const instance = cy.current;
    const box = container.current;
    if (!instance || !box) return;
    const started = performance.now();
    instance.batch(() => {
      const wanted = new Set(elements.map((e) => String(e.data.id)));
      // Organisation boxes come first among the nodes, so a member's box exists when it is added or moved.
      for (const e of elements.filter((x) => x.group === "nodes").concat(elements.filter((x) => x.group === "edges"))) {
        const existing = instance.getElementById(String(e.data.id));
        if (existing.nonempty()) {
          existing.data(e.data);
          existing.classes(e.classes);
          const parent = (e.data.parent as string | undefined) ?? null;
          if (existing.isNode() && (existing.parent().first().id() ?? null) !== parent) existing.move({ parent });
        } else instance.add({ group: e.group, data: e.data as cytoscape.ElementDataDefinition, classes: e.classes });
      }
      // Removed last: removing a box removes what is still inside it.
      instance.elements().forEach((el) => {
        if (!wanted.has(el.id()) && el.inside()) el.remove();
      });
    });
    runLayout(instance, layout);
    const fitting = performance.now();
    const whole = firstFit(instance);
    labels.current?.now();
    const fitMs = performance.now() - fitting;
    // The key is set once the frame with the new drawing has been painted.
    const frame = requestAnimationFrame(() => {
      box.dataset.drawMs = String(Math.round(performance.now() - started));
      box.dataset.fitMs = fitMs.toFixed(1);
      box.dataset.elements = String(instance.elements().length);
      box.dataset.draws = String(Number(box.dataset.draws ?? 0) + 1);
      box.dataset.exposureEdges = String(instance.edges(".administers, .accesses").length);
      box.dataset.organisations = String(instance.nodes(".org").length);
      box.dataset.fitted = whole ? "all" : "labelled";
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

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !onNodeTap) return;
    const handler = (e: cytoscape.EventObject) => onNodeTap(e.target.data() as Record<string, unknown>);
    instance.on("tap", "node:childless[!count]", handler);
    return () => {
      instance.off("tap", "node:childless[!count]", handler);
    };
  }, [onNodeTap]);

  // A label hidden at this zoom shows while the pointer is on its node.
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const over = (e: cytoscape.EventObject) => void e.target.addClass("hover");
    const out = (e: cytoscape.EventObject) => void e.target.removeClass("hover");
    instance.on("mouseover", "node:childless", over);
    instance.on("mouseout", "node:childless", out);
    return () => {
      instance.off("mouseover", "node:childless", over);
      instance.off("mouseout", "node:childless", out);
    };
  }, []);

  return cy;
}

/** Layered (dagre, with long top ranks folded and groups beneath) or organisations apart (fcose). */
function runLayout(cy: Core, layout: LayoutName): void {
  if (layout === "fcose") organisationsApart(cy);
  else layered(cy);
}
