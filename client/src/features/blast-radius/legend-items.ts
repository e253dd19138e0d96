import { CONSEQUENCE_COLOURS } from "./styles.js";

/** One entry of the legend, drawn the same way on the page, in the SVG and in the PNG. */
export interface LegendItem {
  text: string;
  shape: "rect" | "circle" | "barrel" | "diamond" | "hexagon" | "line" | "box";
  fill: string;
  stroke: string;
  dashed?: boolean;
}

const words = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();

/** What the colours, shapes, borders and lines of the graph mean. */
export const LEGEND: readonly LegendItem[] = [
  ...Object.entries(CONSEQUENCE_COLOURS).map(([level, colour]) => ({
    text: `Care service, ${words(level)} consequence`,
    shape: "rect" as const,
    fill: colour,
    stroke: "#ffffff",
  })),
  { text: "System", shape: "circle", fill: "#90a4ae", stroke: "#ffffff" },
  { text: "Data store", shape: "barrel", fill: "#90a4ae", stroke: "#ffffff" },
  { text: "Supplier", shape: "diamond", fill: "#90a4ae", stroke: "#ffffff" },
  { text: "Lost (chosen)", shape: "circle", fill: "#000000", stroke: "#000000" },
  { text: "Stopped (red border)", shape: "circle", fill: "#90a4ae", stroke: "#b71c1c" },
  { text: "Degraded (amber border)", shape: "circle", fill: "#90a4ae", stroke: "#f9a825" },
  { text: "Compromised (purple border)", shape: "circle", fill: "#90a4ae", stroke: "#6a1b9a" },
  { text: "Exposed data (dashed purple)", shape: "barrel", fill: "#90a4ae", stroke: "#6a1b9a", dashed: true },
  { text: "Dependency carrying the harm", shape: "line", fill: "#b71c1c", stroke: "#b71c1c" },
  { text: "Administers (attacker's reach)", shape: "line", fill: "#6a1b9a", stroke: "#6a1b9a", dashed: true },
  { text: "Accesses an exposed store", shape: "line", fill: "#6a1b9a", stroke: "#6a1b9a" },
  { text: "Organisation (box around its nodes)", shape: "box", fill: "#f5f7fa", stroke: "#90a4ae" },
  { text: "More nodes, grouped (select to draw)", shape: "hexagon", fill: "#eceff1", stroke: "#546e7a" },
];

/** The item's symbol as SVG markup in a 20 × 14 box at (x, y): shared by the page and the exports. */
export function symbolSvg(item: LegendItem, x: number, y: number): string {
  const dash = item.dashed ? ' stroke-dasharray="3 2"' : "";
  const common = `fill="${item.fill}" stroke="${item.stroke}" stroke-width="2"${dash}`;
  switch (item.shape) {
    case "rect":
      return `<rect x="${x + 1}" y="${y + 2}" width="18" height="10" rx="2" ${common}/>`;
    case "circle":
      return `<circle cx="${x + 10}" cy="${y + 7}" r="6" ${common}/>`;
    case "barrel":
      return `<rect x="${x + 4}" y="${y + 1}" width="12" height="12" rx="4" ${common}/>`;
    case "diamond":
      return `<polygon points="${x + 10},${y} ${x + 17},${y + 7} ${x + 10},${y + 14} ${x + 3},${y + 7}" ${common}/>`;
    case "hexagon":
      return `<polygon points="${x + 5},${y + 1} ${x + 15},${y + 1} ${x + 19},${y + 7} ${x + 15},${y + 13} ${x + 5},${y + 13} ${x + 1},${y + 7}" ${common}/>`;
    case "box":
      return `<rect x="${x + 1}" y="${y + 1}" width="18" height="12" rx="3" ${common}/>`;
    case "line":
      return `<line x1="${x}" y1="${y + 7}" x2="${x + 20}" y2="${y + 7}" stroke="${item.stroke}" stroke-width="3"${dash}/>`;
  }
}
