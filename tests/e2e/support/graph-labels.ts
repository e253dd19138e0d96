import type { Page } from "playwright-core";

type Box = { x1: number; y1: number; x2: number; y2: number };

/** A label as Cytoscape draws it: its element, its words, its size on screen and its box. */
export interface DrawnLabel {
  id: string;
  classes: string[];
  text: string;
  /** Font size × zoom: the label's height on screen, in pixels. */
  px: number;
  wrap: string;
  box: Box;
  /** Whether all of it is inside the view. */
  inView: boolean;
  /** Whether the view's edge cuts it: part in view, part out. */
  cut: boolean;
}

/** A node's body as drawn (border included, label left out). */
export interface DrawnNode {
  id: string;
  name: string;
  box: Box;
}

/**
 * Every label the Cytoscape drawing in `selector` draws at its current zoom (an element's label
 * with words, not transparent, not left out by the renderer as too small), and every node's body
 * (boxes of organisations, which hold their members' labels, left out), read from the drawing
 * itself: the instance is found on its container, as Cytoscape registers it there.
 */
export function drawnLabels(page: Page, selector: string): Promise<{ zoom: number; labels: DrawnLabel[]; nodes: DrawnNode[] }> {
  return page.evaluate((sel) => {
    type El = {
      id: () => string;
      classes: () => string[];
      visible: () => boolean;
      isEdge: () => boolean;
      isParent: () => boolean;
      data: (k: string) => unknown;
      style: (k: string) => string;
      numericStyle: (k: string) => number;
      boundingBox: (o: object) => Box;
    };
    const container = document.querySelector(sel) as (Element & { _cyreg?: { cy?: unknown } }) | null;
    const cy = container?._cyreg?.cy as { zoom: () => number; extent: () => Box; elements: () => { toArray: () => El[] } } | undefined;
    if (!cy) throw new Error(`no drawing in ${sel}`);
    const zoom = cy.zoom();
    const view = cy.extent();
    const only = { includeNodes: false, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };
    const labels = [];
    const nodes = [];
    for (const el of cy.elements().toArray()) {
      if (!el.visible()) continue;
      if (!el.isEdge() && !el.isParent())
        nodes.push({ id: el.id(), name: String(el.data("name")), box: el.boundingBox({ ...only, includeNodes: true }) });
      const text = [el.style("label"), el.isEdge() ? el.style("source-label") : "", el.isEdge() ? el.style("target-label") : ""]
        .filter(Boolean)
        .join(" / ");
      if (!text || el.numericStyle("text-opacity") === 0) continue;
      // Cytoscape's renderer skips a label below min-zoomed-font-size, judged at the zoom rounded
      // up to a power of two (its texture level): a label it draws may be half that size on screen.
      const level = 2 ** Math.ceil(Math.log2(zoom * window.devicePixelRatio));
      if (el.numericStyle("font-size") * level < el.numericStyle("min-zoomed-font-size")) continue;
      const px = el.numericStyle("font-size") * zoom;
      const box = el.boundingBox({ ...only, includeLabels: true });
      if (!(box.x2 > box.x1)) continue;
      const touches = box.x2 > view.x1 && box.x1 < view.x2 && box.y2 > view.y1 && box.y1 < view.y2;
      const inView = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
      labels.push({ id: el.id(), classes: el.classes(), text, px, wrap: el.style("text-wrap"), box, inView, cut: touches && !inView });
    }
    return { zoom, labels, nodes };
  }, selector);
}

const apart = (a: Box, b: Box) => a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;

/**
 * Every pair of drawn labels whose boxes overlap, and every label over a node's body (its own
 * included: a label is drawn beside its node, never on it), named by their words.
 */
export function overlaps(labels: readonly DrawnLabel[], nodes: readonly DrawnNode[] = []): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (!apart(a.box, b.box)) found.push(`“${a.text}” over “${b.text}”`);
    for (const n of nodes) if (!apart(a.box, n.box)) found.push(`“${a.text}” over the node ${n.id === a.id ? "it names" : `“${n.name}”`}`);
  });
  return found;
}

/** Every drawn label the view's edge cuts, named by its words. */
export const cutByTheEdge = (labels: readonly DrawnLabel[]): string[] => labels.filter((l) => l.cut).map((l) => `“${l.text}”`);
