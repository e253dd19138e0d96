import type { StylesheetJson } from "cytoscape";

/**
 * DCB0160 consequence colours (green to red), chosen for contrast on a light background and
 * readable on a projector; status is shown by border, exposure by a dashed purple outline.
 * Labels too small to read at the current zoom are not drawn; zooming in brings them back.
 */
export const CONSEQUENCE_COLOURS = {
  MINOR: "#2e7d32",
  SIGNIFICANT: "#827717",
  CONSIDERABLE: "#b26a00",
  MAJOR: "#d84315",
  CATASTROPHIC: "#b71c1c",
} as const;

export function stylesheet(): StylesheetJson {
  return [
    { selector: "node", style: { label: "data(name)", "font-size": 11, "text-wrap": "wrap", "text-max-width": "120px", "text-valign": "bottom", "text-margin-y": 4, "background-color": "#90a4ae", width: 22, height: 22, "border-width": 2, "border-color": "#ffffff", "min-zoomed-font-size": 6 } },
    { selector: "node.CareService", style: { shape: "round-rectangle", width: 30, height: 22 } },
    { selector: "node.DataStore", style: { shape: "barrel" } },
    { selector: "node.Supplier", style: { shape: "diamond" } },
    { selector: "node.degraded", style: { "border-color": "#f9a825", "border-width": 4 } },
    { selector: "node.failed", style: { "border-color": "#b71c1c", "border-width": 4 } },
    ...Object.entries(CONSEQUENCE_COLOURS).map(([level, colour]) => ({ selector: `node.consequence-${level.toLowerCase()}`, style: { "background-color": colour } })),
    { selector: "node.lost", style: { "background-color": "#000000", color: "#000000", "font-weight": "bold" } },
    { selector: "node.compromised", style: { "border-color": "#6a1b9a", "border-width": 5 } },
    { selector: "node.exposed", style: { "border-color": "#6a1b9a", "border-style": "dashed", "border-width": 4 } },
    { selector: "node.group", style: { shape: "round-hexagon", "background-color": "#eceff1", "border-color": "#546e7a", "border-style": "double", "border-width": 4, width: 34, height: 34, "font-style": "italic" } },
    { selector: "node.folded", style: { "font-size": 9, "text-max-width": "60px" } },
    { selector: "node.group.region", style: { "background-color": "#cfd8dc", width: 44, height: 44, "font-weight": "bold" } },
    { selector: "edge", style: { width: 2, "line-color": "#78909c", "target-arrow-color": "#78909c", "target-arrow-shape": "triangle", "curve-style": "bezier" } },
    { selector: "edge.path", style: { "line-color": "#b71c1c", "target-arrow-color": "#b71c1c", width: 3 } },
    { selector: ":selected", style: { "overlay-opacity": 0.2, "overlay-color": "#1565c0" } },
  ];
}
