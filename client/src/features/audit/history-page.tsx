import { AsAtView } from "./as-at-view.js";
import { ChangesView } from "./changes-view.js";

/** The past read from the audit trail: the ranking and register as they stood, and what changed between two times. */
export function HistoryPage() {
  return (
    <div className="page history">
      <h2>As at, and what changed</h2>
      <p>
        The graph is rebuilt from the imports and edits in the audit trail, and the register from its recorded states. The times you choose
        are your local time; the answers give them in UTC.
      </p>
      <AsAtView />
      <ChangesView />
    </div>
  );
}
