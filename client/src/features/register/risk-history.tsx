import { skipToken } from "@tanstack/react-query";
import { useGraphQL } from "../../lib/query.js";
import { mayReadAudit } from "../../lib/roles.js";
import type { Session } from "../../lib/session.js";
import { RISK_EVENTS, RISK_HISTORY } from "./api.js";
import { actionWords, plainText, summaryWords, timeEnGb } from "../../../../server/model/plain-words.js";

/** A risk's history: reviews, rating moves, any override, and (for those who may read the trail) its audit events. */
export function RiskHistory({ id, session }: { id: string; session: Session }) {
  const mayReadTrail = mayReadAudit(session.role);
  const read = useGraphQL(RISK_HISTORY, { id }, session.token);
  const trail = useGraphQL(RISK_EVENTS, mayReadTrail ? { id } : skipToken, session.token);
  // A risk that cannot be read (deleted, or a failure) reads as gone; events that cannot be read, as none.
  const history = read.isError ? null : read.data?.risk;
  const events = trail.isError ? [] : (trail.data?.auditTrail.events ?? null);

  if (history === undefined) return <p aria-live="polite">Loading the history…</p>;
  if (!history) return <p role="alert">This risk is no longer in the register.</p>;
  return (
    <section className="risk-history" aria-label={`History of ${history.title}`}>
      {history.description && <p>{history.description}</p>}
      {history.override && (
        <p>
          Consequence overridden to {history.override.consequence.toLowerCase()} by {history.override.by}: {history.override.justification}
        </p>
      )}
      <h4>Reviews</h4>
      {history.reviews.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {history.reviews.map((r, i) => (
            <li key={i}>
              {r.at.slice(0, 10)}, {r.by}: {r.note}
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
              {m.at.slice(0, 10)}: {m.fromRating} → {m.toRating} ({m.fromConsequence.toLowerCase()} → {m.toConsequence.toLowerCase()})
            </li>
          ))}
        </ul>
      )}
      {mayReadTrail && (
        <>
          <h4>Audit events</h4>
          {!events ? (
            <p>Loading…</p>
          ) : (
            <ol>
              {events.map((e) => (
                <li key={e.seq}>
                  #{e.seq} {timeEnGb(e.at)} {plainText(e.actor)}: {actionWords(e.action)} ({summaryWords(e.summary)})
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
