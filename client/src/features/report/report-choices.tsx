import { NodeSearch } from "../../components/node-search.js";
import type { NodeRef } from "../../lib/node-ref.js";
import type { Marking } from "../../../../server/report/board-report.js";

export interface Choice {
  /** null: the whole system. */
  organisation: NodeRef | null;
  marking: Marking;
}

/** Whose report, its marking, and the buttons to keep it as a PDF or print it. */
export function ReportChoices(props: { choice: Choice; onChange: (c: Choice) => void; onDownload: () => void }) {
  const { choice, onChange } = props;
  return (
    <div className="filters no-print">
      {choice.organisation ? (
        <p>
          Report for <strong>{choice.organisation.name}</strong>{" "}
          <button type="button" onClick={() => onChange({ ...choice, organisation: null })}>
            The whole system instead
          </button>
        </p>
      ) : (
        <NodeSearch
          label="Report for the whole system, or for one organisation:"
          labels={["Organisation"]}
          onChoose={(organisation) => onChange({ ...choice, organisation })}
        />
      )}
      <label>
        Protective marking{" "}
        <select value={choice.marking} onChange={(e) => onChange({ ...choice, marking: e.target.value as Marking })}>
          <option value="OFFICIAL-SENSITIVE">OFFICIAL-SENSITIVE</option>
          <option value="OFFICIAL">OFFICIAL</option>
        </select>
      </label>
      <button type="button" onClick={props.onDownload}>
        Download PDF
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
