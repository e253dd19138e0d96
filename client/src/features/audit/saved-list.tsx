import type { SavedQuery } from "./api.js";
import { readable } from "./times.js";

/** The saved queries with their author and date, each with its Run button. */
export function SavedList({ queries, busy, onRun }: { queries: readonly SavedQuery[]; busy: boolean; onRun: (q: SavedQuery) => void }) {
  return (
    <table className="saved-list">
      <caption className="sr-only">Saved queries</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Description</th>
          <th scope="col">Author</th>
          <th scope="col">Saved</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {queries.map((q) => (
          <tr key={q.id}>
            <td>{q.name}</td>
            <td>{q.description}</td>
            <td>{q.author}</td>
            <td>{readable(q.createdAt)}</td>
            <td>
              <button type="button" aria-label={`Run ${q.name}`} disabled={busy} onClick={() => onRun(q)}>
                Run
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
