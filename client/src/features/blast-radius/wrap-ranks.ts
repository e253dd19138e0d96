/** A laid-out node: where dagre put it, and the organisation box it is drawn in. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  parent: string | null;
}

/** At most this many nodes side by side in one rank; past it a rank wraps onto further rows. */
export const RANK_WIDTH = 12;
/** Spacing of wrapped nodes, in model units (nodes are about 30 wide; labels wrap at 60). */
export const WRAP_GAP = { x: 64, y: 56 };

/**
 * Wraps ranks wider than `max` nodes onto rows beneath, each organisation's part of a rank kept
 * together in its own block so the boxes stay apart, and moves the ranks below down to make room.
 * A lost network that everything depends on otherwise draws as one strip hundreds of nodes wide,
 * too thin to read once fitted. Ranks holding a node in `fixed` (a folded block's stand-in) keep
 * their places. Answers every node's place and which nodes were wrapped (drawn with the smaller
 * labels of a block). Pure, so it is tested without a DOM.
 */
export function wrapRanks(
  nodes: readonly Placed[],
  fixed: ReadonlySet<string>,
  max = RANK_WIDTH,
): { at: Map<string, { x: number; y: number }>; wrapped: Set<string> } {
  const ranks = new Map<number, Placed[]>();
  for (const n of nodes) {
    const key = Math.round(n.y);
    ranks.set(key, [...(ranks.get(key) ?? []), n]);
  }
  const out = new Map<string, { x: number; y: number }>();
  const wrapped = new Set<string>();
  let shift = 0;
  for (const [y, rank] of [...ranks].sort((a, b) => a[0] - b[0])) {
    if (rank.length <= max || rank.some((n) => fixed.has(n.id))) {
      for (const n of rank) out.set(n.id, { x: n.x, y: n.y + shift });
      continue;
    }
    const byParent = new Map<string | null, Placed[]>();
    for (const n of [...rank].sort((a, b) => a.x - b.x)) byParent.set(n.parent, [...(byParent.get(n.parent) ?? []), n]);
    const blocks = [...byParent.values()].map((members) => {
      const rows = Math.ceil(members.length / max);
      return { members, rows, cols: Math.ceil(members.length / rows) };
    });
    const width = blocks.reduce((w, b) => w + b.cols * WRAP_GAP.x, 0) + (blocks.length - 1) * WRAP_GAP.x;
    const centre = (Math.min(...rank.map((n) => n.x)) + Math.max(...rank.map((n) => n.x))) / 2;
    let left = centre - width / 2;
    for (const b of blocks) {
      b.members.forEach((n, i) => {
        const row = Math.floor(i / b.cols);
        out.set(n.id, { x: left + ((i % b.cols) + 0.5) * WRAP_GAP.x, y: y + shift + row * WRAP_GAP.y });
        wrapped.add(n.id);
      });
      left += (b.cols + 1) * WRAP_GAP.x;
    }
    shift += (Math.max(...blocks.map((b) => b.rows)) - 1) * WRAP_GAP.y;
  }
  return { at: out, wrapped };
}
