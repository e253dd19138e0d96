import type { Box } from "./box-grid.js";

/** Room between a node and its label, in model units: the label's halo clear of the node's border, a diamond's mitred corner included. */
export const LABEL_GAP = 11;

/** Where a label may go beside its node, in the order tried: beneath it (the style's own place), right, left or above (where an organisation's title often is). */
export type LabelPlace = "below" | "above" | "right" | "left";

/** The class that moves a label from beneath its node to another place (styles.ts). */
export const placeClass = (p: Exclude<LabelPlace, "below">): string => `label-${p}`;

export const PLACE_CLASSES = ["above", "right", "left"].map((p) => placeClass(p as Exclude<LabelPlace, "below">)).join(" ");

/**
 * The boxes a node's label would take in each place, worked out from the box Cytoscape gives for
 * it beneath the node (`below`), so no style is changed to measure them: above mirrors below about
 * the node's centre; right and left keep the same gap from the node's side, centred on it. The
 * node is at (x, y), `w` by `h` (border left out, as Cytoscape places labels). Pure, so it is
 * tested without a DOM.
 */
export function labelPlaces(x: number, y: number, w: number, h: number, below: Box): Array<[LabelPlace, Box]> {
  const bw = below.x2 - below.x1;
  const bh = below.y2 - below.y1;
  // The gap between the node's edge and the label's box: the margin less the halo and Cytoscape's margin of error.
  const gap = below.y1 - (y + h / 2);
  const right = x + w / 2 + gap;
  const left = x - w / 2 - gap;
  return [
    ["below", below],
    ["right", { x1: right, x2: right + bw, y1: y - bh / 2, y2: y + bh / 2 }],
    ["left", { x1: left - bw, x2: left, y1: y - bh / 2, y2: y + bh / 2 }],
    ["above", { x1: below.x1, x2: below.x2, y1: 2 * y - below.y2, y2: 2 * y - below.y1 }],
  ];
}
