import type { Page } from "playwright-core";

/** A label as Cytoscape draws it: its element, its words, its size on screen and its box. */
export interface DrawnLabel {
  id: string;
  classes: string[];
  text: string;
  /** Font size × zoom: the label's height on screen, in pixels. */
  px: number;
  wrap: string;
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Whether any of it is inside the view. */
  inView: boolean;
}

/**
 * Every label the Cytoscape drawing in `selector` draws at its current zoom (an element's label
 * with words, not transparent, not left out by the renderer as too small), read from the drawing itself:
 * the instance is found on its container, as Cytoscape registers it there.
 */
export function drawnLabels(page: Page, selector: string): Promise<{ zoom: number; labels: DrawnLabel[] }> {
  return page.evaluate((sel) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type El = {
      id: () => string;
      classes: () => string[];
      visible: () => boolean;
      isEdge: () => boolean;
      style: (k: string) => string;
      numericStyle: (k: string) => number;
      boundingBox: (o: object) => Box;
    };
    const container = document.querySelector(sel) as (Element & { _cyreg?: { cy?: unknown } }) | null;
    const cy = container?._cyreg?.cy as { zoom: () => number; extent: () => Box; elements: () => { toArray: () => El[] } } | undefined;
    if (!cy) throw new Error(`no drawing in ${sel}`);
    const zoom = cy.zoom();
    const view = cy.extent();
    const labels = [];
    for (const el of cy.elements().toArray()) {
      const text = [el.style("label"), el.isEdge() ? el.style("source-label") : "", el.isEdge() ? el.style("target-label") : ""]
        .filter(Boolean)
        .join(" / ");
      if (!el.visible() || !text || el.numericStyle("text-opacity") === 0) continue;
      // Cytoscape's renderer skips a label below min-zoomed-font-size, judged at the zoom rounded
      // up to a power of two (its texture level): a label it draws may be half that size on screen.
      const level = 2 ** Math.ceil(Math.log2(zoom * window.devicePixelRatio));
      if (el.numericStyle("font-size") * level < el.numericStyle("min-zoomed-font-size")) continue;
      const px = el.numericStyle("font-size") * zoom;
      const box = el.boundingBox({
        includeLabels: true,
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
        includeUnderlays: false,
      });
      if (!(box.x2 > box.x1)) continue;
      const inView = box.x2 > view.x1 && box.x1 < view.x2 && box.y2 > view.y1 && box.y1 < view.y2;
      labels.push({ id: el.id(), classes: el.classes(), text, px, wrap: el.style("text-wrap"), box, inView });
    }
    return { zoom, labels };
  }, selector);
}

/** Every pair of drawn labels whose boxes overlap, named by their words. */
export function overlaps(labels: readonly DrawnLabel[]): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      const apart = a.box.x2 <= b.box.x1 || b.box.x2 <= a.box.x1 || a.box.y2 <= b.box.y1 || b.box.y2 <= a.box.y1;
      if (!apart) found.push(`“${a.text}” over “${b.text}”`);
    }
  });
  return found;
}
