import { dateEnGb, words } from "../../lib/format.js";
import { phrase, RATING_COLOURS, type RiskRow } from "./api.js";
import { ColumnHeads } from "../../components/column-heads.js";
import { acceptanceWords } from "../../../../server/model/plain-words.js";

interface Props {
  rows: readonly RiskRow[];
  empty: string;
  canEdit: boolean;
  opened: string | null;
  onOpen: (id: string | null) => void;
  onReview: (r: RiskRow) => void;
  onDelete: (r: RiskRow) => void;
}

/** The risks, each opening its details; risk managers review and delete from here. */
export function RiskTable({ rows, empty, canEdit, opened, onOpen, onReview, onDelete }: Props) {
  return (
    <table className="risks">
      <ColumnHeads
        columns={[
          "Risk",
          "Owner",
          "Threat",
          "Consequence",
          "Inherent",
          "Residual",
          "Acceptance",
          "Next review",
          canEdit && { hidden: "Actions" },
        ]}
      />
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={9}>{empty}</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <button type="button" className="link" aria-expanded={opened === r.id} onClick={() => onOpen(opened === r.id ? null : r.id)}>
                {r.title}
              </button>
              {r.ratingMoves.length > 0 && <span className="muted"> (rating moved {r.ratingMoves.length}× with the graph)</span>}
            </td>
            <td>{r.owner}</td>
            <td>{phrase(r.threat)}</td>
            <td>{words(r.consequence)}</td>
            <td>
              <span className="rating" style={{ background: RATING_COLOURS[r.inherentRating] }}>
                {r.inherentRating}
              </span>
            </td>
            <td>
              <span className="rating" style={{ background: RATING_COLOURS[r.residualRating] }}>
                {r.residualRating}
              </span>
            </td>
            <td>{acceptanceWords(r.acceptance) || <span className="muted">none</span>}</td>
            <td>
              {dateEnGb(r.nextReviewDate)}
              {r.overdue && <strong> overdue</strong>}
            </td>
            {canEdit && (
              <td>
                <button type="button" onClick={() => onReview(r)} aria-label={`Review ${r.title}`}>
                  Review
                </button>{" "}
                <button type="button" onClick={() => onDelete(r)} aria-label={`Delete ${r.title}`}>
                  Delete
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
