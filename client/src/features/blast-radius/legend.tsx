import { LEGEND, symbolSvg } from "./legend-items.js";

/** The graph's key: each colour, shape, border and line, with what it means. */
export function Legend() {
  return (
    <details className="legend" open>
      <summary>Key to the graph</summary>
      <ul>
        {LEGEND.map((item) => (
          <li key={item.text}>
            <svg width="20" height="14" aria-hidden="true" dangerouslySetInnerHTML={{ __html: symbolSvg(item, 0, 0) }} />
            {item.text}
          </li>
        ))}
      </ul>
      <p className="muted">
        Capability is what a node can still deliver (100% is normal). Alternatives add up: a group of alternatives delivers min(1, Σ
        capability × share). Harm is in weighted patients: patients whose care is lost in the horizon, weighted by how badly, plus records
        exposed weighted by sensitivity.
      </p>
    </details>
  );
}
