import type { Core, NodeCollection } from "cytoscape";
import { LEGIBLE } from "./styles.js";
import { bestWindow, type Wanted } from "./best-window.js";

/** Room kept around what is fitted, in screen pixels. */
const PADDING = 30;

/**
 * The zoom at which the labels that matter at first sight (the chosen nodes, the most harmed
 * services, the largest exposed stores, and the organisation titles) are drawn at LEGIBLE
 * pixels or more.
 */
function readableZoom(cy: Core): number {
  const labelled = cy.nodes(".key, .org");
  if (labelled.empty()) return 0;
  const smallest = Math.min(...labelled.map((n) => n.numericStyle("font-size")));
  return LEGIBLE / smallest;
}

/**
 * The first view of a drawing, fitted to the boxes of its labels as well as its nodes (Cytoscape's
 * bounding boxes include labels), with PADDING to spare: all of it when its labels can be read
 * that way; else the labelled part (the key nodes, with their organisations' boxes and titles
 * when those fit too); else, for a radius too large even for that, the readable zoom with what
 * was chosen (lost or compromised) in view and as many key nodes as the view holds, the rest a
 * scroll away (a label the view's edge would still cut is then left out, label-room.ts). Answers
 * whether the whole drawing is in view.
 */
export function firstFit(cy: Core): boolean {
  cy.fit(undefined, PADDING);
  const readable = readableZoom(cy);
  if (cy.zoom() >= readable) return true;
  const labelled = cy.nodes(".key");
  if (labelled.nonempty()) {
    cy.fit(labelled.union(labelled.parents()), PADDING);
    if (cy.zoom() < readable) cy.fit(labelled, PADDING);
  }
  if (cy.zoom() < readable) {
    cy.zoom(readable);
    const chosen = cy.nodes(".lost, .compromised");
    readableWindow(cy, chosen.nonempty() ? chosen : labelled.first(), labelled);
  }
  return false;
}

const WITH_LABELS = { includeLabels: true, includeOverlays: false, includeUnderlays: false };

/**
 * Pans the view, at its zoom, to hold what was chosen with its label and as many key nodes with
 * theirs as it can (each worth two organisation titles), the room left shared around them.
 */
function readableWindow(cy: Core, chosen: NodeCollection, labelled: NodeCollection): void {
  const zoom = cy.zoom();
  const keys: Wanted[] = labelled.difference(chosen).map((n) => ({ box: n.boundingBox(WITH_LABELS), weight: 2 }));
  const titles: Wanted[] = cy.nodes(".org").map((n) => ({ box: n.boundingBox({ ...WITH_LABELS, includeNodes: false }), weight: 1 }));
  // Windows are tried against the key nodes' edges only: a large radius has many titles, few key nodes.
  const { x, y } = bestWindow(
    (cy.width() - 2 * PADDING) / zoom,
    (cy.height() - 2 * PADDING) / zoom,
    chosen.boundingBox(WITH_LABELS),
    [...keys, ...titles],
    keys.map((k) => k.box),
  );
  cy.pan({ x: PADDING - x * zoom, y: PADDING - y * zoom });
}
