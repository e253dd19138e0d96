import type { Core, NodeSingular } from "cytoscape";
import { LEGIBLE } from "./styles.js";
import { apart, BoxGrid, type Box } from "./box-grid.js";
import { labelPlaces, PLACE_CLASSES, placeClass, type LabelPlace } from "./label-places.js";

/**
 * Class of a node whose label is left out: too small to read at this zoom, or with no place
 * beside its node clear of the labels and nodes already drawn and not cut by the view's edge.
 */
export const QUIET = "quiet";

/** Which labels keep their place when two would overlap: the chosen nodes, then the key ones, then the organisation titles. */
function rank(n: NodeSingular): number {
  if (n.hasClass("lost") || n.hasClass("compromised")) return 4;
  if (n.hasClass("key")) return 3;
  if (n.hasClass("org")) return 2;
  if (n.hasClass("folded")) return 0;
  return 1;
}

/**
 * Whether a label may be drawn at this zoom: it has words and is at least LEGIBLE pixels high on
 * screen. Cytoscape's own smallest size (min-zoomed-font-size) is checked against the zoom rounded
 * up to a power of two, so it lets labels through at half that size; this check is exact.
 */
function labelReadable(n: NodeSingular, zoom: number): boolean {
  return n.visible() && String(n.style("label") ?? "") !== "" && n.numericStyle("font-size") * zoom >= LEGIBLE;
}

/** A label's box in model units (the node itself left out). */
const labelBox = (n: NodeSingular): Box =>
  n.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false });

/** A node's body in model units, its border included. */
const bodyBox = (n: NodeSingular): Box =>
  n.boundingBox({ includeLabels: false, includeNodes: true, includeEdges: false, includeOverlays: false, includeUnderlays: false });

/** Wholly inside the view or wholly outside it: not cut by its edge. */
const whole = (b: Box, view: Box): boolean => apart(b, view) || (b.x1 >= view.x1 && b.x2 <= view.x2 && b.y1 >= view.y1 && b.y2 <= view.y2);

/** Where a node's label may go: an organisation's title only above its box; any other label beside its node. */
function places(n: NodeSingular, box: Box): Array<[LabelPlace, Box]> {
  if (n.isParent()) return [["below", box]];
  const { x, y } = n.position();
  return labelPlaces(x, y, n.width(), n.height(), box);
}

/**
 * Gives each label a place at this zoom, the most important first: beneath its node, else above,
 * right or left of it, wherever it overlaps no label already placed, no node's body (its own
 * included: a label sits beside its node, never on it) and, with `view`, is not cut by the view's
 * edge. A label smaller than LEGIBLE on screen, or with no such place, is left out. Run again once
 * the view pauses after a zoom or a pan: a label left out comes back when there is room for it, and
 * shows meanwhile while the pointer is on its node. Nodes and labels are filed in a grid, so the
 * work grows with the number of nodes, not its square.
 */
export function keepLabelsApart(cy: Core, o: { view: boolean } = { view: true }): void {
  const zoom = cy.zoom();
  const view = cy.extent();
  // Cells of about 150 pixels on screen: a label or two across.
  const labels = new BoxGrid(150 / zoom);
  const bodies = new BoxGrid(150 / zoom);
  const quiet: NodeSingular[] = [];
  const readable: NodeSingular[] = [];
  cy.batch(() => cy.nodes().removeClass(`${QUIET} ${PLACE_CLASSES}`));
  cy.nodes(":childless").forEach((n) => void (n.visible() && bodies.add(bodyBox(n))));
  cy.nodes().forEach((n) => void (labelReadable(n, zoom) ? readable : quiet).push(n));
  const moved: Array<[NodeSingular, string]> = [];
  for (const n of readable.sort((a, b) => rank(b) - rank(a))) {
    const box = labelBox(n);
    if (box.x2 - box.x1 <= 0) continue;
    const free = places(n, box).find(([, b]) => !labels.overlaps(b) && !bodies.overlaps(b) && (!o.view || whole(b, view)));
    if (!free) {
      quiet.push(n);
      continue;
    }
    labels.add(free[1]);
    if (free[0] !== "below") moved.push([n, placeClass(free[0])]);
  }
  cy.batch(() => {
    quiet.forEach((n) => n.addClass(QUIET));
    moved.forEach(([n, c]) => n.addClass(c));
  });
}

/**
 * Places the labels again once the view pauses after a zoom or a pan; answers how to place them
 * at once (after a drawing's first fit, so they are not placed twice) and how to stop.
 */
export function labelsOnViewport(cy: Core): { now: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => keepLabelsApart(cy), 120);
  };
  cy.on("viewport", later);
  return {
    now: () => {
      clearTimeout(timer);
      keepLabelsApart(cy);
    },
    stop: () => {
      clearTimeout(timer);
      cy.off("viewport", later);
    },
  };
}
