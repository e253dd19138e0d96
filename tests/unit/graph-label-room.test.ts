import { describe, expect, it } from "vitest";
import { apart, BoxGrid } from "../../client/src/features/blast-radius/box-grid.js";
import { labelPlaces } from "../../client/src/features/blast-radius/label-places.js";
import { keysBeneath } from "../../client/src/features/blast-radius/key-spots.js";
import { bestWindow } from "../../client/src/features/blast-radius/best-window.js";
import { blockPositions, CELL } from "../../client/src/features/blast-radius/layered-layout.js";

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe("a grid of boxes for placing labels", () => {
  it("finds an overlap only where two boxes share area, across the cells a box covers", () => {
    const grid = new BoxGrid(100);
    grid.add(box(90, 90, 260, 120));
    expect(grid.overlaps(box(250, 100, 300, 110))).toBe(true);
    expect(grid.overlaps(box(-40, -40, 95, 95))).toBe(true);
    // Touching edges are apart; so is a box in a far cell or in a cell the first covers but does not reach.
    expect(grid.overlaps(box(260, 90, 300, 120))).toBe(false);
    expect(grid.overlaps(box(1000, 1000, 1010, 1010))).toBe(false);
    expect(grid.overlaps(box(150, 150, 190, 190))).toBe(false);
    expect(grid.overlaps(box(-500, -500, -400, -400))).toBe(false);
    expect(apart(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(true);
    expect(() => new BoxGrid(0)).toThrow(/larger than 0/);
  });
});

describe("where a label may go beside its node", () => {
  it("keeps the gap it has beneath the node above it and at each side, the same size, the node left clear", () => {
    // A node at (100, 50), 30 by 22; its label beneath, 80 by 20, 6 below its edge.
    const below = box(60, 67, 140, 87);
    const places = Object.fromEntries(labelPlaces(100, 50, 30, 22, below));
    expect(Object.keys(places)).toEqual(["below", "right", "left", "above"]);
    expect(places.above).toEqual(box(60, 13, 140, 33));
    expect(places.right).toEqual(box(121, 40, 201, 60));
    expect(places.left).toEqual(box(-1, 40, 79, 60));
    const node = box(85, 39, 115, 61);
    for (const b of Object.values(places)) {
      expect(b.x2 - b.x1).toBe(80);
      expect(b.y2 - b.y1).toBe(20);
      expect(apart(b, node)).toBe(true);
    }
  });
});

describe("key services on a folded block's bottom row", () => {
  it("gives the key members the bottom row's spots spread end to end, the rest the spots left", () => {
    const spots = blockPositions({ x: 0, y: 0 }, 8); // 4 columns: two rows of 4
    const keys = [false, true, false, false, true, false, true, false];
    const given = keysBeneath(spots, keys);
    expect(new Set(given.map((s) => `${s.x},${s.y}`)).size).toBe(8);
    const keyed = given.filter((_, i) => keys[i]);
    expect(keyed.every((s) => s.y === 0)).toBe(true);
    expect(keyed.map((s) => s.x / CELL.w)).toEqual([-1.5, 0.5, 1.5]);
    // One key alone takes the middle; more keys than the bottom row holds go to the row above.
    expect(keysBeneath(spots, [true, false, false, false, false, false, false, false])[0]).toEqual({ x: -0.5 * CELL.w, y: 0 });
    const many = keysBeneath(spots, [true, true, true, true, true, false, false, false]);
    expect(many.slice(0, 4).every((s) => s.y === 0)).toBe(true);
    expect(many[4]!.y).toBe(-CELL.h);
  });
});

describe("the first window onto a radius too large to fit", () => {
  it("holds what was chosen and the most wanted labels, centred on what it holds", () => {
    const chosen = box(0, 0, 10, 10);
    const wanted = [
      { box: box(50, 0, 60, 10), weight: 2 },
      { box: box(80, 0, 90, 10), weight: 2 },
      { box: box(-95, 0, -85, 10), weight: 2 },
    ];
    // 100 wide: the two on the right fit with the chosen one, not the one on the left.
    expect(bestWindow(100, 40, chosen, wanted)).toEqual({ x: -5, y: -15 });
    // Weight decides between a lone heavy box and two light ones, where the window can hold either.
    expect(bestWindow(110, 40, chosen, [{ ...wanted[2]!, weight: 5 }, ...wanted.slice(0, 2)])).toEqual({ x: -97.5, y: -15 });
    // Windows tried against some boxes' edges only still count every wanted box they hold.
    expect(bestWindow(100, 40, chosen, wanted, [wanted[0]!.box])).toEqual({ x: -5, y: -15 });
    // A chosen part larger than the window is centred.
    expect(bestWindow(4, 4, chosen, wanted)).toEqual({ x: 3, y: 3 });
  });
});
