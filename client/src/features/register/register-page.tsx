import { useCallback, useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import type { Session } from "../../lib/session.js";
import { RATING_COLOURS, REGISTER, REVIEW, type HeatCell, type RiskRow } from "./api.js";
import { HeatMap } from "./heat-map.js";
import { NewRiskForm } from "./new-risk-form.js";
import { RiskEditor } from "./risk-editor.js";
import { RiskHistory } from "./risk-history.js";

/** The register: risk managers edit; auditors and the board read (the server enforces it too). */
export function RegisterPage({ session }: { session: Session }) {
  const canEdit = session.role === "ADMIN" || session.role === "RISK_MANAGER";
  const [status, setStatus] = useState<"OPEN" | "CLOSED">("OPEN");
  const [min, setMin] = useState(1);
  const [data, setData] = useState<{ risks: RiskRow[]; riskHeatMap: HeatCell[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  // Bumped by each edit, so the opened risk's history is read again.
  const [edits, setEdits] = useState(0);

  const load = useCallback(() => {
    request<{ risks: RiskRow[]; riskHeatMap: HeatCell[] }>(REGISTER, { status, min }, session.token)
      .then(setData)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [status, min, session.token]);
  useEffect(load, [load]);

  async function review(id: string) {
    const note = window.prompt("Review note");
    if (!note) return;
    const next = new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10);
    try {
      await request(REVIEW, { id, note, next }, session.token);
      load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="page">
      <h2>Risk register</h2>
      {!canEdit && <p className="muted">You can read the register; changes are made by risk managers.</p>}
      <div className="filters">
        <label>Status <select value={status} onChange={(e) => setStatus(e.target.value as "OPEN" | "CLOSED")}><option>OPEN</option><option>CLOSED</option></select></label>
        <label>Residual rating at least <select value={min} onChange={(e) => setMin(Number(e.target.value))}>{[1, 2, 3, 4, 5].map((n) => <option key={n}>{n}</option>)}</select></label>
      </div>
      {error && <p role="alert">{error}</p>}
      {!data && !error && <p aria-live="polite">Loading the register…</p>}
      {data && (
        <div className="register">
          <table className="risks">
            <thead><tr><th scope="col">Risk</th><th scope="col">Owner</th><th scope="col">Consequence</th><th scope="col">Inherent</th><th scope="col">Residual</th><th scope="col">Next review</th>{canEdit && <th scope="col"><span className="sr-only">Actions</span></th>}</tr></thead>
            <tbody>
              {data.risks.length === 0 && <tr><td colSpan={7}>No risks match.</td></tr>}
              {data.risks.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button type="button" className="link" aria-expanded={opened === r.id} onClick={() => setOpened(opened === r.id ? null : r.id)}>{r.title}</button>
                    {r.ratingMoves.length > 0 && <span className="muted"> (rating moved {r.ratingMoves.length}× with the graph)</span>}</td>
                  <td>{r.owner}</td>
                  <td>{r.consequence.toLowerCase()}</td>
                  <td><span className="rating" style={{ background: RATING_COLOURS[r.inherentRating] }}>{r.inherentRating}</span></td>
                  <td><span className="rating" style={{ background: RATING_COLOURS[r.residualRating] }}>{r.residualRating}</span></td>
                  <td>{r.nextReviewDate}{r.overdue && <strong> overdue</strong>}</td>
                  {canEdit && <td><button type="button" onClick={() => void review(r.id)}>Review</button></td>}
                </tr>
              ))}
            </tbody>
          </table>
          <HeatMap cells={data.riskHeatMap} />
          {opened && canEdit && (
            <RiskEditor
              key={opened}
              id={opened}
              token={session.token}
              onChanged={() => {
                setEdits((n) => n + 1);
                load();
              }}
            />
          )}
          {opened && <RiskHistory key={`${opened}-${edits}`} id={opened} session={session} />}
        </div>
      )}
      {canEdit && <NewRiskForm token={session.token} onCreated={load} />}
    </div>
  );
}
