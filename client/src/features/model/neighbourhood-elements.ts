import type { Dependencies } from "./dependencies-query.js";

/** A Cytoscape element with its place: the graph is drawn with the preset layout. */
export interface Element {
  group: "nodes" | "edges";
  data: Record<string, string | number>;
  classes: string;
  position?: { x: number; y: number };
}

/** Neighbours per row, and at most this many rows each side: the tables list the rest. */
const COLUMNS = 4;
const MAX_SIDE = 12;
const DX = 170;
const DY = 150;

/**
 * The open node in the middle, what depends on it in rows above and what it depends on in rows
 * below, so every edge points down, as a chain is read. A star's one row would grow too wide to
 * read with fifty neighbours, so each side wraps at four a row and stops at twelve, with a node
 * saying how many more the table lists. What it depends on comes in group order, so the members
 * of a redundancy group stand together; each dependency names, under its name, its group and
 * share, or how it degrades.
 */
export function neighbourhoodElements(d: Dependencies): { elements: Element[]; rows: number } {
  const centre = d.node;
  const out = [...d.out].sort((a, b) => (a.group ?? "").localeCompare(b.group ?? "") || a.node.name.localeCompare(b.node.name));
  // A node on both sides (a cycle) is drawn once, below.
  const below = new Set(out.map((e) => e.node.id));
  const above = d.in.filter((e) => !below.has(e.node.id));
  const elements: Element[] = [
    { group: "nodes", data: { id: centre.id, name: centre.name, label: centre.label }, classes: "centre", position: { x: 0, y: 0 } },
  ];

  const side = (edges: typeof out, sign: 1 | -1, key: string): number => {
    const shown = edges.slice(0, edges.length > MAX_SIDE ? MAX_SIDE - 1 : MAX_SIDE);
    const places = shown.length + (shown.length < edges.length ? 1 : 0);
    const rows = Math.ceil(places / COLUMNS);
    const at = (k: number) => {
      const row = Math.floor(k / COLUMNS);
      const inRow = Math.min(COLUMNS, places - row * COLUMNS);
      return { x: (k - row * COLUMNS - (inRow - 1) / 2) * DX, y: sign * (row + 1) * DY };
    };
    shown.forEach((e, k) => {
      // What the edge says goes under its neighbour's name: words along converging edges would cross.
      const says = sign === 1 ? edgeText(e) : "";
      elements.push({
        group: "nodes",
        data: { id: e.node.id, name: says ? `${e.node.name}\n(${says})` : e.node.name, label: e.node.label },
        classes: "neighbour",
        position: at(k),
      });
    });
    if (places > shown.length) {
      elements.push({
        group: "nodes",
        data: { id: `more|${key}`, name: `and ${edges.length - shown.length} more: see the table` },
        classes: "more",
        position: at(shown.length),
      });
    }
    return rows;
  };
  const rows = side(above, -1, "in") + side(out, 1, "out") + 1;

  const drawn = new Set(elements.map((e) => String(e.data.id)));
  for (const e of out) {
    if (!drawn.has(e.node.id)) continue;
    elements.push({
      group: "edges",
      data: { id: `${centre.id}>${e.node.id}`, source: centre.id, target: e.node.id },
      classes: e.effect === "DEGRADES" ? "degrades" : "",
    });
  }
  for (const e of d.in) {
    if (!drawn.has(e.node.id)) continue;
    elements.push({
      group: "edges",
      data: { id: `${e.node.id}>${centre.id}`, source: e.node.id, target: centre.id },
      classes: e.effect === "DEGRADES" ? "degrades" : "",
    });
  }
  return { elements, rows };
}

/** What an edge says: its redundancy group and share, and the capacity kept where it degrades. */
function edgeText(e: Dependencies["out"][number]): string {
  const parts = [];
  if (e.group) parts.push(`${e.group} · share ${e.share ?? 1}`);
  if (e.effect === "DEGRADES") parts.push(`keeps ${Math.round((e.capacity ?? 0) * 100)}%`);
  return parts.join(", ");
}
