import type { BoundingBox12, Core, SingularElementArgument } from "cytoscape";
import { LEGIBLE } from "./styles.js";

/**
 * Class of a node whose label is left out: too small to read at this zoom, or a more important
 * one is drawn where it would go.
 */
export const QUIET = "quiet";

/** Which labels keep their place when two would overlap: the chosen nodes, then the key ones, then the organisation titles. */
function rank(n: SingularElementArgument): number {
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
function labelReadable(n: SingularElementArgument, zoom: number): boolean {
  return n.visible() && String(n.style("label") ?? "") !== "" && n.numericStyle("font-size") * zoom >= LEGIBLE;
}

/** A label's box in model units (the node itself left out). */
const labelBox = (n: SingularElementArgument): BoundingBox12 =>
  n.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });

const apart = (a: BoundingBox12, b: BoundingBox12): boolean => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;

/**
 * Leaves out every label smaller than LEGIBLE on screen, and every one that would be drawn over a
 * more important one (or over an equal one placed first), so no two labels drawn overlap at this
 * zoom. Run again after each zoom: a label left out comes back once it is large enough and there
 * is room for it, and shows meanwhile while the pointer is on its node.
 */
export function keepLabelsApart(cy: Core): void {
  cy.nodes(`.${QUIET}`).removeClass(QUIET);
  const zoom = cy.zoom();
  const quiet: SingularElementArgument[] = [];
  const readable: SingularElementArgument[] = [];
  cy.nodes().forEach((n) => void (labelReadable(n, zoom) ? readable : quiet).push(n));
  const drawn = readable.sort((a, b) => rank(b) - rank(a));
  const kept: BoundingBox12[] = [];
  for (const n of drawn) {
    const box = labelBox(n);
    if (box.x2 - box.x1 <= 0) continue;
    if (kept.every((k) => apart(k, box))) kept.push(box);
    else quiet.push(n);
  }
  cy.batch(() => quiet.forEach((n) => n.addClass(QUIET)));
}

/** Keeps labels apart after every zoom, once the zooming pauses; answers how to stop. */
export function keepLabelsApartOnZoom(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => keepLabelsApart(cy), 120);
  };
  cy.on("zoom", later);
  return () => {
    clearTimeout(timer);
    cy.off("zoom", later);
  };
}
