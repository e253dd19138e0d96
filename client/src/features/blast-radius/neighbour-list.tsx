import { percent } from "../../lib/format.js";
import { kindWords } from "../../lib/node-ref.js";
import type { Neighbour } from "./node-facts.js";

/** A chosen node's neighbours under one relation, each selectable. */
export function NeighbourList({ title, list, onSelect }: { title: string; list: readonly Neighbour[]; onSelect: (id: string) => void }) {
  return (
    <div>
      <h4>
        {title} ({list.length})
      </h4>
      <ul className="neighbours">
        {list.map((n, i) => (
          <li key={`${n.node.id}-${i}`}>
            <button type="button" className="link" onClick={() => onSelect(n.node.id)}>
              {n.node.name}
            </button>{" "}
            <span className="muted">
              {kindWords(n.node.label)}
              {n.node.organisationName ? ` · ${n.node.organisationName}` : ""}
              {n.relationship === "DEPENDS_ON" && n.effect
                ? ` · ${n.effect === "DEGRADES" ? `degraded to ${percent(n.capacity ?? 0)}` : "stops"}`
                : ""}
              {n.group ? ` · alternative in “${n.group}”${n.share !== null ? `, share ${percent(n.share)}` : ""}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
