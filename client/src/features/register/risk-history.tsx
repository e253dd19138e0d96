import { dateEnGb, words } from "../../lib/format.js";
import { useGraphQL } from "../../lib/query.js";
import { RISK_HISTORY } from "./api.js";

/** A risk's history: reviews, rating moves and any override (its audit events stand beside its acceptance). */
export function RiskHistory({ id }: { id: string }) {
  const read = useGraphQL(RISK_HISTORY, { id });
  // A risk that cannot be read (deleted, or a failure) reads as gone.
  const history = read.isError ? null : read.data?.risk;

  if (history === undefined) return <p aria-live="polite">Loading the history…</p>;
  if (!history) return <p role="alert">This risk is no longer in the register.</p>;
  return (
    <section className="risk-history" aria-label={`History of ${history.title}`}>
      {history.description && <p>{history.description}</p>}
      {history.override && (
        <p>
          Consequence overridden to {words(history.override.consequence)} by {history.override.by}: {history.override.justification}
        </p>
      )}
      <h4>Past reviews</h4>
      {history.reviews.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {history.reviews.map((r, i) => (
            <li key={i}>
              {dateEnGb(r.at)}, {r.by}: {r.note}
            </li>
          ))}
        </ul>
      )}
      <h4>Rating moved by graph changes</h4>
      {history.ratingMoves.length === 0 ? (
        <p>Never.</p>
      ) : (
        <ul>
          {history.ratingMoves.map((m, i) => (
            <li key={i}>
              {dateEnGb(m.at)}: {m.fromRating} → {m.toRating} ({words(m.fromConsequence)} → {words(m.toConsequence)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
