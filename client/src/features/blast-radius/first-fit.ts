import type { Core, NodeCollection } from "cytoscape";
import { LEGIBLE } from "./styles.js";

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
 * The first view of a drawing: all of it when its labels can be read that way; else the
 * labelled part (the key nodes); else, for a radius too large even for that, the readable zoom
 * with what was chosen (lost or compromised) in view and as many key nodes as the view holds,
 * the rest a scroll away. Answers whether the whole drawing is in view.
 */
export function firstFit(cy: Core): boolean {
  cy.fit(undefined, PADDING);
  const readable = readableZoom(cy);
  if (cy.zoom() >= readable) return true;
  const labelled = cy.nodes(".key");
  if (labelled.nonempty()) cy.fit(labelled, PADDING);
  if (cy.zoom() < readable) {
    cy.zoom(readable);
    const chosen = cy.nodes(".lost, .compromised");
    centreTowards(cy, chosen.nonempty() ? chosen : labelled, labelled);
  }
  return false;
}

/**
 * Centres the view from `from`'s centre towards `to`'s, no further than keeps `from` a padding
 * inside the view's edge: what was chosen stays in view, and the key nodes come in as far as
 * they can.
 */
function centreTowards(cy: Core, from: NodeCollection, to: NodeCollection): void {
  const zoom = cy.zoom();
  const a = from.boundingBox();
  const b = to.boundingBox();
  const room = (view: number, size: number) => Math.max(0, view / zoom / 2 - size / 2 - PADDING / zoom);
  const step = (d: number, max: number) => Math.max(-max, Math.min(max, d));
  const x = (a.x1 + a.x2) / 2 + step((b.x1 + b.x2 - a.x1 - a.x2) / 2, room(cy.width(), a.w));
  const y = (a.y1 + a.y2) / 2 + step((b.y1 + b.y2 - a.y1 - a.y2) / 2, room(cy.height(), a.h));
  cy.pan({ x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom });
}
