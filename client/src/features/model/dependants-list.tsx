import type { Edge } from "./dependencies-query.js";

/** What depends on the node, each opening its own page. */
export function DependantsList({ edges, onOpen }: { edges: readonly Edge[]; onOpen: (id: string) => void }) {
  return edges.length ? (
    <ul className="dependants">
      {edges.map((e) => (
        <li key={e.node.id}>
          <button type="button" className="link" onClick={() => onOpen(e.node.id)}>
            {e.node.name}
          </button>
        </li>
      ))}
    </ul>
  ) : (
    <p>Nothing depends on it.</p>
  );
}
