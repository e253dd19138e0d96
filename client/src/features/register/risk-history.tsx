import { useEffect, useState } from "react";
import { request } from "../../lib/graphql.js";
import type { Session } from "../../lib/session.js";

interface History {
  risk: { title: string; description: string; reviews: Array<{ at: string; by: string; note: string }>; ratingMoves: Array<{ at: string; fromRating: number; toRating: number; fromConsequence: string; toConsequence: string }>; override: { consequence: string; justification: string; by: string } | null } | null;
}
interface Trail {
  auditTrail: { events: Array<{ seq: number; at: string; actor: string; action: string; summary: string }> };
}

/** A risk's history: reviews, rating moves, any override, and (for those who may read the trail) its audit events. */
export function RiskHistory({ id, session }: { id: string; session: Session }) {
  const [history, setHistory] = useState<History["risk"] | undefined>(undefined);
  const [events, setEvents] = useState<Trail["auditTrail"]["events"] | null>(null);
  const mayReadTrail = session.role === "ADMIN" || session.role === "AUDITOR";

  useEffect(() => {
    request<History>(`query($id: ID!) { risk(id: $id) { title description reviews { at by note } ratingMoves { at fromRating toRating fromConsequence toConsequence } override { consequence justification by } } }`, { id }, session.token)
      .then((r) => setHistory(r.risk))
      .catch(() => setHistory(null));
    if (mayReadTrail) {
      request<Trail>(`query($id: String!) { auditTrail(target: $id, first: 200) { events { seq at actor action summary } } }`, { id }, session.token)
        .then((r) => setEvents(r.auditTrail.events))
        .catch(() => setEvents([]));
    }
  }, [id, session.token, mayReadTrail]);

  if (history === undefined) return <p aria-live="polite">Loading the history…</p>;
  if (!history) return <p role="alert">This risk is no longer in the register.</p>;
  return (
    <section className="risk-history" aria-label={`History of ${history.title}`}>
      {history.description && <p>{history.description}</p>}
      {history.override && <p>Consequence overridden to {history.override.consequence.toLowerCase()} by {history.override.by}: {history.override.justification}</p>}
      <h4>Reviews</h4>
      {history.reviews.length === 0 ? <p>None yet.</p> : <ul>{history.reviews.map((r, i) => <li key={i}>{r.at.slice(0, 10)}, {r.by}: {r.note}</li>)}</ul>}
      <h4>Rating moved by graph changes</h4>
      {history.ratingMoves.length === 0 ? <p>Never.</p> : <ul>{history.ratingMoves.map((m, i) => <li key={i}>{m.at.slice(0, 10)}: {m.fromRating} → {m.toRating} ({m.fromConsequence.toLowerCase()} → {m.toConsequence.toLowerCase()})</li>)}</ul>}
      {mayReadTrail && (
        <>
          <h4>Audit events</h4>
          {!events ? <p>Loading…</p> : <ol>{events.map((e) => <li key={e.seq}>#{e.seq} {e.at.slice(0, 19).replace("T", " ")} {e.actor}: {e.action} ({e.summary})</li>)}</ol>}
        </>
      )}
    </section>
  );
}
