interface Spot {
  x: number;
  y: number;
}

/** `take` of `n` places in a row, spread evenly from end to end (one alone in the middle). */
const spread = (n: number, take: number): number[] =>
  take === 1 ? [Math.floor((n - 1) / 2)] : Array.from({ length: take }, (_, j) => Math.round((j * (n - 1)) / (take - 1)));

/**
 * The spots of a folded block handed out to its members: the key ones (labelled at first sight)
 * on its bottom row, spread apart, so their labels have the room beneath the block rather than
 * lying over the rows below them; the others in the spots left, in order. Pure, so it is tested
 * without a DOM.
 */
export function keysBeneath(spots: readonly Spot[], keys: readonly boolean[]): Spot[] {
  const rows = new Map<number, Spot[]>();
  for (const s of spots) rows.set(s.y, [...(rows.get(s.y) ?? []), s]);
  let wanted = keys.filter(Boolean).length;
  const forKeys: Spot[] = [];
  const left: Spot[] = [];
  for (const [, row] of [...rows].sort((a, b) => b[0] - a[0])) {
    row.sort((a, b) => a.x - b.x);
    const picked = new Set(spread(row.length, Math.min(wanted, row.length)));
    wanted -= picked.size;
    row.forEach((s, i) => (picked.has(i) ? forKeys : left).push(s));
  }
  // The spots above first, as blockPositions gives them.
  left.sort((a, b) => a.y - b.y || a.x - b.x);
  return keys.map((k) => (k ? forKeys.shift()! : left.shift()!));
}
