import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import { wrapRanks } from "./wrap-ranks.js";
import { keysBeneath } from "./key-spots.js";

/** Spacing of folded services, in model units (nodes are about 30 wide; labels wrap at 60). */
export const CELL = { w: 64, h: 52 };
/** Sources sharing one next step are folded into a block from this many. */
export const FOLD_FROM = 4;

/** A block of `count` nodes: near-square, a little wider than tall. */
function grid(count: number): { cols: number; rows: number } {
  const cols = Math.ceil(Math.sqrt(count * 2));
  return { cols, rows: Math.ceil(count / cols) };
}

/**
 * Where `count` nodes go in a block of rows centred over `centre`, the block's bottom row at
 * `centre.y`. Pure, so it is tested without a DOM.
 */
export function blockPositions(centre: { x: number; y: number }, count: number): Array<{ x: number; y: number }> {
  const { cols, rows } = grid(count);
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / cols);
    const inRow = row === rows - 1 ? count - row * cols : cols;
    const col = i % cols;
    return { x: centre.x + (col - (inRow - 1) / 2) * CELL.w, y: centre.y - (rows - 1 - row) * CELL.h };
  });
}

export function blockSize(count: number): { w: number; h: number } {
  const { cols, rows } = grid(count);
  return { w: cols * CELL.w, h: rows * CELL.h };
}

/**
 * Dependency chains top to bottom with dagre. Services that lead to the same next node (many
 * wards on one EPR) would make one very long top rank; they are folded into a block over that
 * node: dagre lays out one stand-in per block, sized to the block, and the block is placed
 * where the stand-in landed. Group nodes, which have no edges, go in a grid beneath.
 */
export function layered(cy: Core): void {
  const chains = cy.elements().not(".group");
  const blocks = new Map<string, NodeSingular[]>();
  chains.nodes().forEach((n) => {
    const next = n.outgoers("node");
    if (n.indegree(false) !== 0 || next.length !== 1) return;
    const key = next.first().id();
    blocks.set(key, [...(blocks.get(key) ?? []), n]);
  });
  const folded = [...blocks.values()].filter((members) => members.length >= FOLD_FROM);
  let hidden = cy.collection();
  for (const [standIn, ...rest] of folded) {
    const size = blockSize(rest.length + 1);
    standIn!.style({ width: size.w, height: size.h });
    for (const m of rest) hidden = hidden.union(m).union(m.connectedEdges());
  }
  const laid = chains.difference(hidden);
  laid.layout({ name: "dagre", rankDir: "TB", nodeSep: 40, rankSep: 70, animate: false } as LayoutOptions).run();
  // Organisation boxes follow their members, so only the childless nodes are placed.
  const placed = laid.nodes(":childless");
  const { at, wrapped } = wrapRanks(
    placed.map((n) => ({ id: n.id(), ...n.position(), parent: n.parent().nonempty() ? n.parent().first().id() : null })),
    new Set(folded.map((m) => m[0]!.id())),
  );
  // One batch: otherwise each move refits its organisation's box and restyles, node by node.
  cy.batch(() => {
    placed.forEach((n) => {
      n.position(at.get(n.id())!);
      if (wrapped.has(n.id())) n.addClass("folded");
    });
    for (const members of folded) {
      const standIn = members[0]!;
      const { x, y } = standIn.position();
      const size = blockSize(members.length);
      standIn.removeStyle("width height");
      const spots = keysBeneath(
        blockPositions({ x, y: y + size.h / 2 - CELL.h / 2 }, members.length),
        members.map((m) => m.hasClass("key")),
      );
      members.forEach((m, i) => m.position(spots[i]!).addClass("folded"));
    }
  });
  placeGroups(cy, chains);
}

/** The group nodes, which have no edges, in a grid beneath what was laid out. */
export function placeGroups(cy: Core, chains: ReturnType<Core["elements"]>): void {
  const groups = cy.nodes(".group");
  if (groups.empty()) return;
  const bb = chains.nonempty() ? chains.boundingBox() : { x1: 0, y2: 0, w: 0 };
  const cell = { w: 180, h: 100 };
  const cols = Math.max(1, Math.min(groups.length, Math.floor(Math.max(bb.w, Math.sqrt(groups.length) * cell.w) / cell.w)));
  const rows = Math.ceil(groups.length / cols);
  groups
    .layout({
      name: "grid",
      cols,
      boundingBox: { x1: bb.x1, y1: bb.y2 + 90, w: cols * cell.w, h: rows * cell.h },
      avoidOverlap: true,
      animate: false,
    } as LayoutOptions)
    .run();
}
