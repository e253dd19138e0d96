import { nodeDetail, type NodeRef } from "../lib/node-ref.js";

/** Chosen nodes as chips, each with its organisation (same-named assets told apart) and a remove button. */
export function NodeChips({ title, items, onRemove }: { title: string; items: readonly NodeRef[]; onRemove: (id: string) => void }) {
  if (!items.length) return null;
  return (
    <ul className="chips" aria-label={title}>
      {items.map((n) => (
        <li key={n.id}>
          {n.name} <span className="muted">({nodeDetail(n)})</span>{" "}
          <button type="button" onClick={() => onRemove(n.id)} aria-label={`Remove ${n.name}`}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
