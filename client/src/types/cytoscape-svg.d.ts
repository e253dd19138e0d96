import "cytoscape";

declare module "cytoscape" {
  interface Core {
    /** Added by cytoscape-svg. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
