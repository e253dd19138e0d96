import type { StylesheetJson } from "cytoscape";
import { LABEL_GAP, placeClass } from "./label-places.js";

/**
 * DCB0160 consequence colours (green to red), chosen for contrast on a light background and
 * readable on a projector; status is shown by border, exposure by a dashed purple outline.
 * No label is drawn smaller than 11 px on screen (LEGIBLE): one too small at the current zoom
 * is left out (label-room.ts, as Cytoscape's min-zoomed-font-size lets labels through at half
 * that), and zooming in brings it back. A label sits beneath its node, or beside or above it where
 * that is clear, never on a node (its own included) nor on another label, and none is cut by the
 * view's edge; one with no such place is left out until there is room. Organisation titles wrap
 * rather than being cut.
 */
export const CONSEQUENCE_COLOURS = {
  MINOR: "#2e7d32",
  SIGNIFICANT: "#827717",
  CONSIDERABLE: "#b26a00",
  MAJOR: "#d84315",
  CATASTROPHIC: "#b71c1c",
} as const;

/** The smallest label drawn, in screen pixels. */
export const LEGIBLE = 11;

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(name)",
        "font-size": 11,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-valign": "bottom",
        "text-margin-y": LABEL_GAP,
        "background-color": "#90a4ae",
        width: 22,
        height: 22,
        "border-width": 2,
        "border-color": "#ffffff",
        "min-zoomed-font-size": LEGIBLE,
      },
    },
    // What matters is labelled at the first zoom: larger, bolder, on a white halo, and shown down to a smaller zoom.
    {
      selector: "node.key",
      style: {
        "font-size": 20,
        "font-weight": "bold",
        "text-max-width": "180px",
        "text-outline-color": "#ffffff",
        "text-outline-width": 3,
        "min-zoomed-font-size": LEGIBLE,
        "z-index": 10,
      },
    },
    { selector: "node.quiet", style: { "text-opacity": 0 } },
    // Where a node's label has no room beneath it, label-room.ts moves it beside or above the node.
    { selector: `node.${placeClass("above")}`, style: { "text-valign": "top", "text-margin-y": -LABEL_GAP } },
    {
      selector: `node.${placeClass("right")}`,
      style: { "text-valign": "center", "text-halign": "right", "text-margin-x": LABEL_GAP, "text-margin-y": 0 },
    },
    {
      selector: `node.${placeClass("left")}`,
      style: { "text-valign": "center", "text-halign": "left", "text-margin-x": -LABEL_GAP, "text-margin-y": 0 },
    },
    {
      selector: "node.hover",
      style: {
        "font-size": 14,
        "min-zoomed-font-size": 0,
        "text-opacity": 1,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "z-index": 20,
      },
    },
    {
      selector: "node.org",
      style: {
        shape: "round-rectangle",
        "background-color": "#f5f7fa",
        "background-opacity": 1,
        "border-color": "#90a4ae",
        "border-width": 1,
        label: "data(name)",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        "font-size": 20,
        "font-weight": "bold",
        color: "#37474f",
        "min-zoomed-font-size": LEGIBLE,
        padding: "16px",
        "text-max-width": "320px",
        "text-wrap": "wrap",
        "compound-sizing-wrt-labels": "exclude",
      },
    },
    { selector: "node.CareService", style: { shape: "round-rectangle", width: 30, height: 22 } },
    { selector: "node.DataStore", style: { shape: "barrel" } },
    { selector: "node.Supplier", style: { shape: "diamond" } },
    { selector: "node.degraded", style: { "border-color": "#f9a825", "border-width": 4 } },
    { selector: "node.failed", style: { "border-color": "#b71c1c", "border-width": 4 } },
    ...Object.entries(CONSEQUENCE_COLOURS).map(([level, colour]) => ({
      selector: `node.consequence-${level.toLowerCase()}`,
      style: { "background-color": colour },
    })),
    { selector: "node.lost", style: { "background-color": "#000000", color: "#000000", "font-weight": "bold" } },
    { selector: "node.compromised", style: { "border-color": "#6a1b9a", "border-width": 5 } },
    { selector: "node.exposed", style: { "border-color": "#6a1b9a", "border-style": "dashed", "border-width": 4 } },
    {
      selector: "node.group",
      style: {
        shape: "round-hexagon",
        "background-color": "#eceff1",
        "border-color": "#546e7a",
        "border-style": "double",
        "border-width": 4,
        width: 34,
        height: 34,
        "font-style": "italic",
      },
    },
    { selector: "node.folded", style: { "font-size": 9, "text-max-width": "60px" } },
    // A key label stays as large as the others: where a block has no room for it, it is left out until zoomed in.
    { selector: "node.folded.key", style: { "font-size": 20, "text-max-width": "120px", "text-outline-width": 3 } },
    { selector: "node.group.region", style: { "background-color": "#cfd8dc", width: 44, height: 44, "font-weight": "bold" } },
    {
      selector: "edge",
      style: {
        width: 2,
        "line-color": "#78909c",
        "target-arrow-color": "#78909c",
        "target-arrow-shape": "triangle",
        "curve-style": "bezier",
      },
    },
    { selector: "edge.path", style: { "line-color": "#b71c1c", "target-arrow-color": "#b71c1c", width: 3 } },
    { selector: "node.controlled", style: { "border-color": "#6a1b9a", "border-width": 3 } },
    { selector: "edge.administers", style: { "line-color": "#6a1b9a", "target-arrow-color": "#6a1b9a", "line-style": "dashed", width: 3 } },
    { selector: "edge.accesses", style: { "line-color": "#6a1b9a", "target-arrow-color": "#6a1b9a", width: 3 } },
    { selector: ".highlight", style: { "underlay-color": "#1565c0", "underlay-opacity": 0.35, "underlay-padding": 6 } },
    { selector: "edge.highlight", style: { width: 6 } },
    { selector: ":selected", style: { "overlay-opacity": 0.2, "overlay-color": "#1565c0" } },
  ];
}
