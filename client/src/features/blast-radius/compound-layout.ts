import type { Core, LayoutOptions } from "cytoscape";
import type { ElementDef } from "./elements.js";
import { placeGroups } from "./layered-layout.js";
import { RANK_WIDTH } from "./wrap-ranks.js";

export type LayoutName = "dagre" | "fcose";

/**
 * Past this many organisation boxes a radius is dense: a hub (a national network, a spine
 * service) with short chains into many organisations. Dagre sets each organisation's chains
 * side by side, a strip several times wider than tall that fits the view too small to read.
 */
export const DENSE_BOXES = RANK_WIDTH;

/** Layered for chains; organisations apart (fcose) for a dense radius. The reader may choose the other. */
export function defaultLayout(elements: readonly ElementDef[]): LayoutName {
  let boxes = 0;
  for (const e of elements) if (e.group === "nodes" && e.classes.split(" ").includes("org")) boxes++;
  return boxes > DENSE_BOXES ? "fcose" : "dagre";
}

/**
 * A force-directed layout made for compound graphs (fcose): each organisation's box kept apart
 * from the others, its chains running out from what was lost, in a drawing about as tall as it
 * is wide; the group nodes in a grid beneath, as in the layered layout.
 */
export function organisationsApart(cy: Core): void {
  const chains = cy.elements().not(".group");
  chains
    .layout({
      name: "fcose",
      animate: false,
      fit: false,
      quality: "default",
      randomize: true,
      nodeDimensionsIncludeLabels: true,
      // Measured on the national estate's densest radii: boxes apart, edges long enough to read.
      nodeRepulsion: () => 30_000,
      idealEdgeLength: () => 90,
      nestingFactor: 0.5,
      gravity: 0.05,
      numIter: 1500,
    } as LayoutOptions)
    .run();
  placeGroups(cy, chains);
}
