import type { Box } from "./box-grid.js";

/** A box worth having in view, and how much. */
export interface Wanted {
  box: Box;
  weight: number;
}

/** Where a window of `size` may start along one axis: with `must` inside, each wanted box at one of its edges. */
function starts(size: number, must: [number, number], edges: Array<[number, number]>): number[] {
  const out = [must[0], must[1] - size];
  for (const [a, b] of edges) out.push(a, b - size);
  return out.filter((s) => s <= must[0] && s + size >= must[1]);
}

const inside = (b: Box, x: number, y: number, w: number, h: number) => b.x1 >= x && b.x2 <= x + w && b.y1 >= y && b.y2 <= y + h;

/**
 * The window of `w` by `h` that holds `must` and the most weight of `wanted` boxes wholly, then
 * centred on what it holds, so the room to spare is shared on each side. A window holding the
 * most has a wanted box (or `must`) against two of its edges, so only those are tried, and only
 * for the boxes in `edges` (by default all): about e² × k steps for e of those and k wanted (the
 * few labelled nodes and titles, never every node). Answers the window's top left corner. Pure,
 * so it is tested without a DOM.
 */
export function bestWindow(
  w: number,
  h: number,
  must: Box,
  wanted: readonly Wanted[],
  edges: readonly Box[] = wanted.map((b) => b.box),
): { x: number; y: number } {
  const xs = starts(
    w,
    [must.x1, must.x2],
    edges.map((b): [number, number] => [b.x1, b.x2]),
  );
  const ys = starts(
    h,
    [must.y1, must.y2],
    edges.map((b): [number, number] => [b.y1, b.y2]),
  );
  let best = { weight: -1, held: [must] };
  for (const x of xs.length ? xs : [(must.x1 + must.x2 - w) / 2])
    for (const y of ys.length ? ys : [(must.y1 + must.y2 - h) / 2]) {
      const held = wanted.filter((b) => inside(b.box, x, y, w, h));
      const weight = held.reduce((sum, b) => sum + b.weight, 0);
      if (weight > best.weight) best = { weight, held: [must, ...held.map((b) => b.box)] };
    }
  const x1 = Math.min(...best.held.map((b) => b.x1));
  const x2 = Math.max(...best.held.map((b) => b.x2));
  const y1 = Math.min(...best.held.map((b) => b.y1));
  const y2 = Math.max(...best.held.map((b) => b.y2));
  return { x: (x1 + x2 - w) / 2, y: (y1 + y2 - h) / 2 };
}
