import { useEffect, type RefObject } from "react";
import type { Core } from "cytoscape";
import type { ElementDef } from "./elements.js";

/** Marks on the drawn graph: the opened chain or exposure path (nodes and the edges between them), and the selected node. */
export function useGraphMarks(
  cy: RefObject<Core | null>,
  elements: readonly ElementDef[],
  highlight: readonly string[],
  selected: string | null,
): void {
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements(".highlight").removeClass("highlight");
      let nodes = instance.collection();
      for (const id of highlight) nodes = nodes.union(instance.getElementById(id));
      nodes.union(nodes.edgesWith(nodes)).addClass("highlight");
    });
  }, [highlight, elements, cy]);
  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.nodes(":selected").unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected, elements, cy]);
}
