import type { Edge } from "./dependencies-query.js";
import { nodeDetail } from "../../lib/node-ref.js";

/** What depends on the node, each opening its own page. */
export function DependantsList({ edges, onOpen }: { edges: readonly Edge[]; onOpen: (id: string) => void }) {
  return edges.length ? (
    <ul className="dependants">
      {edges.map((e) => (
        <li key={e.node.id}>
          <button type="button" className="link" onClick={() => onOpen(e.node.id)}>
            {e.node.name}
          </button>{" "}
          <small className="muted">{nodeDetail(e.node)}</small>
        </li>
      ))}
    </ul>
  ) : (
    <p>Nothing depends on it.</p>
  );
}
