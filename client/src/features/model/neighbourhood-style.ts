import type { StylesheetJson } from "cytoscape";

/** A colour and shape per label, dark enough for white text beside it and AA contrast of the labels. */
const LOOK: Record<string, { colour: string; shape: string }> = {
  CareService: { colour: "#b71c1c", shape: "round-rectangle" },
  System: { colour: "#0d47a1", shape: "ellipse" },
  DataStore: { colour: "#4a148c", shape: "barrel" },
  Supplier: { colour: "#e65100", shape: "diamond" },
  Organisation: { colour: "#1b5e20", shape: "hexagon" },
};

export const neighbourhoodStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "font-size": 13,
      color: "#1a1a1a",
      "text-valign": "bottom",
      // Clear of the centre node's 4 px border: a label sits beneath its node, never on it.
      "text-margin-y": 6,
      "text-wrap": "wrap",
      "text-max-width": "150px",
      "text-background-color": "#fff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      width: 22,
      height: 22,
    },
  },
  ...Object.entries(LOOK).map(
    ([label, l]) =>
      ({ selector: `node[label = "${label}"]`, style: { "background-color": l.colour, shape: l.shape } }) as StylesheetJson[number],
  ),
  {
    selector: "node.centre",
    style: { width: 36, height: 36, "border-width": 4, "border-color": "#ffb300", "font-weight": "bold", "font-size": 15 },
  },
  {
    selector: "node.more",
    style: {
      shape: "round-rectangle",
      "background-color": "#e0e0e0",
      "border-width": 1,
      "border-color": "#757575",
      width: 18,
      height: 18,
      color: "#333",
    },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#757575",
      "target-arrow-color": "#757575",
      "target-arrow-shape": "triangle",
      "curve-style": "straight",
    },
  },
  { selector: "edge.degrades", style: { "line-style": "dashed" } },
];
