/** A box in model units, as Cytoscape gives them. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether two boxes share no area (touching edges do not overlap). */
export const apart = (a: Box, b: Box): boolean => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;

/**
 * Boxes filed by the square cells of a grid they cover, so asking whether a box overlaps any
 * filed one looks only at its neighbours: placing n labels among n nodes costs about n, not n².
 * Pure, so it is tested without a DOM.
 */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(private readonly cell: number) {
    if (!(cell > 0)) throw new Error(`A grid's cell must be larger than 0, not ${cell}.`);
  }

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / this.cell); i <= Math.floor(b.x2 / this.cell); i++)
      for (let j = Math.floor(b.y1 / this.cell); j <= Math.floor(b.y2 / this.cell); j++) out.push(`${i},${j}`);
    return out;
  }

  add(box: Box): void {
    for (const k of this.keys(box)) {
      const list = this.cells.get(k);
      if (list) list.push(box);
      else this.cells.set(k, [box]);
    }
  }

  /** Whether `box` overlaps a filed box. */
  overlaps(box: Box): boolean {
    for (const k of this.keys(box)) for (const f of this.cells.get(k) ?? []) if (!apart(f, box)) return true;
    return false;
  }
}
