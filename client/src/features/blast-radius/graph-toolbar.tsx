import type { RefObject } from "react";
import type { Core } from "cytoscape";
import type { LayoutName } from "./compound-layout.js";
import { download } from "../../lib/download.js";
import { framedPng, framedSvg, type ExportHeading } from "./export-frame.js";
import { keepLabelsApart } from "./label-room.js";

interface Props {
  cy: RefObject<Core | null>;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  heading: () => ExportHeading;
}

/**
 * The whole drawing as `draw` makes it, its labels placed for all of it rather than for the view
 * (none left out for being cut by the view's edge), then placed for the view again.
 */
function whole<T>(c: Core, draw: (c: Core) => T): T {
  keepLabelsApart(c, { view: false });
  try {
    return draw(c);
  } finally {
    keepLabelsApart(c);
  }
}

/** Above the graph: the layout, and the graph saved as a picture with its heading and key. */
export function GraphToolbar({ cy, layout, onLayout, heading }: Props) {
  const stamp = new Date().toISOString().slice(0, 10);
  const png = async () => {
    if (!cy.current) return;
    const picture = whole(cy.current, (c) => c.png({ full: true, output: "blob", bg: "#ffffff", scale: 2 }));
    download(`blast-radius-${stamp}.png`, await framedPng(picture, heading()));
  };
  const svgFile = () =>
    cy.current &&
    download(
      `blast-radius-${stamp}.svg`,
      new Blob(
        [
          framedSvg(
            whole(cy.current, (c) => c.svg({ full: true, bg: "#ffffff" })),
            heading(),
          ),
        ],
        { type: "image/svg+xml" },
      ),
    );
  return (
    <div className="toolbar">
      <label>
        Layout{" "}
        <select value={layout} onChange={(e) => onLayout(e.target.value as LayoutName)}>
          <option value="dagre">Layered (dependency chains)</option>
          <option value="fcose">Organisations apart (force-directed)</option>
        </select>
      </label>{" "}
      <button type="button" onClick={() => void png()}>
        Save PNG
      </button>{" "}
      <button type="button" onClick={svgFile}>
        Save SVG
      </button>{" "}
      <button type="button" onClick={() => cy.current?.fit(undefined, 30)}>
        Show all of it
      </button>{" "}
      <span className="muted">Select a node for its details; scroll to zoom (labels too small to read show on zooming in).</span>
    </div>
  );
}
