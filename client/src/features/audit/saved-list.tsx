import type { SavedQuery } from "./api.js";
import { readable } from "./times.js";
import { ColumnHeads } from "../../components/column-heads.js";

/** The saved queries with their author and date, each with its Run button. */
export function SavedList({ queries, busy, onRun }: { queries: readonly SavedQuery[]; busy: boolean; onRun: (q: SavedQuery) => void }) {
  return (
    <table className="saved-list">
      <caption className="sr-only">Saved queries</caption>
      <ColumnHeads columns={["Name", "Description", "Author", "Saved", { hidden: "Actions" }]} />
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
