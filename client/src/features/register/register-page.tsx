import { useMemo, useState } from "react";
import { dateEnGb, words } from "../../lib/format.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import type { Session } from "../../lib/session.js";
import { downloadFrom } from "../../lib/download.js";
import { HeatMap } from "../../components/heat-map.js";
import { DELETE, phrase, RATING_COLOURS, REGISTER, REGISTER_READS, REVIEW, type RiskRow } from "./api.js";
import { NewRiskForm } from "./new-risk-form.js";
import { ReviewDialog } from "./review-dialog.js";
import { RiskEditor } from "./risk-editor.js";
import { RiskHistory } from "./risk-history.js";
import { RiskEvents } from "./risk-events.js";
import { AcceptancePanel } from "./acceptance-panel.js";
import { ReviewsDue } from "./reviews-due.js";
import { RiskScenario } from "./risk-scenario.js";
import { readRaisedRisk } from "../../lib/scenario-url.js";
import { OutcomeView, refusedBy, savedAs, type Outcome } from "./outcome.js";

type Sort = "residual" | "inherent" | "review" | "owner" | "title";
const SORTS: Record<Sort, (a: RiskRow, b: RiskRow) => number> = {
  residual: (a, b) => b.residualRating - a.residualRating || b.inherentRating - a.inherentRating,
  inherent: (a, b) => b.inherentRating - a.inherentRating || b.residualRating - a.residualRating,
  review: (a, b) => a.nextReviewDate.localeCompare(b.nextReviewDate),
  owner: (a, b) => a.owner.localeCompare(b.owner),
  title: (a, b) => a.title.localeCompare(b.title),
};

/** The register: risk managers edit; auditors and the board read (the server enforces it too). */
export function RegisterPage({ session }: { session: Session }) {
  const canEdit = session.role === "ADMIN" || session.role === "RISK_MANAGER";
  const [status, setStatus] = useState<"OPEN" | "CLOSED">("OPEN");
  const [min, setMin] = useState(1);
  const [residual, setResidual] = useState(false);
  const [owner, setOwner] = useState("");
  const [dueOnly, setDueOnly] = useState(false);
  const [sort, setSort] = useState<Sort>("residual");
  const [opened, setOpened] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<RiskRow | null>(null);
  // What a review, deletion or export did: what it saved, or every reason the server gave.
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A risk raised from a node elsewhere (the explorer, protect first, the model) opens the form filled in.
  const [raised] = useState(() => readRaisedRisk(window.location.hash));
  // The register stays on screen while a change of filter is read.
  const register = useGraphQL(REGISTER, { status, min, residual }, session.token, { keepPrevious: true });
  const reviewRisk = useGraphQLMutation(REVIEW, session.token, REGISTER_READS);
  const deleteRisk = useGraphQLMutation(DELETE, session.token, REGISTER_READS);
  const data = register.data ?? null;
  const error = register.error ? errorMessage(register.error) : null;

  const shown = useMemo(() => {
    const rows = (data?.risks ?? []).filter(
      (r) => (!owner || r.owner.toLowerCase().includes(owner.toLowerCase())) && (!dueOnly || r.overdue),
    );
    return rows.sort(SORTS[sort]);
  }, [data, owner, dueOnly, sort]);

  async function review(r: RiskRow, note: string, next: string) {
    setOutcome(null);
    try {
      await reviewRisk.mutateAsync({ id: r.id, note, next });
      setReviewing(null);
      setOutcome(savedAs(`Saved: review of “${r.title}” recorded; next review ${dateEnGb(next)}.`));
    } catch (e) {
      setOutcome(refusedBy(e));
    }
  }
  async function remove(r: RiskRow) {
    if (!window.confirm(`Delete “${r.title}” from the register? Its audit events are kept.`)) return;
    if (opened === r.id) setOpened(null);
    setOutcome(null);
    try {
      await deleteRisk.mutateAsync({ id: r.id });
      setOutcome(savedAs(`Deleted “${r.title}” from the register; its audit events are kept.`));
    } catch (e) {
      setOutcome(refusedBy(e));
    }
  }
  const empty =
    data && data.risks.length > 0
      ? "No risk matches the owner or review filter."
      : `The register holds no ${status.toLowerCase()} risk rated ${min} or more.`;

  return (
    <div className="page">
      <h2>Risk register</h2>
      {!canEdit && <p className="muted">You can read the register; changes are made by risk managers.</p>}
      <div className="filters">
        <label>
          Status{" "}
          <select value={status} onChange={(e) => setStatus(e.target.value as "OPEN" | "CLOSED")}>
            <option value="OPEN">Open</option>
            <option value="CLOSED">Closed</option>
          </select>
        </label>
        <label>
          Residual rating at least{" "}
          <select value={min} onChange={(e) => setMin(Number(e.target.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Owner contains <input value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label>
          <input type="checkbox" checked={dueOnly} onChange={(e) => setDueOnly(e.target.checked)} /> Review overdue only
        </label>
        <label>
          Sort by{" "}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="residual">Residual rating</option>
            <option value="inherent">Inherent rating</option>
            <option value="review">Next review</option>
            <option value="owner">Owner</option>
            <option value="title">Title</option>
          </select>
        </label>
        {(["csv", "xlsx"] as const).map((ext) => (
          <button
            key={ext}
            type="button"
            title="Every risk, open and closed, with its ratings, scenario by name, controls and review dates; the CSV has the XLSX's columns"
            onClick={() =>
              downloadFrom(
                `/exports/register.${ext}`,
                session.token,
                `risk-register-${new Date().toISOString().slice(0, 10)}.${ext}`,
              ).catch((e: unknown) => setOutcome(refusedBy(e)))
            }
          >
            Save the whole register as {ext.toUpperCase()}
          </button>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
      <OutcomeView outcome={outcome} />
      {!data && !error && <p aria-live="polite">Loading the register…</p>}
      {data && (
        <div className="register">
          <table className="risks">
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Owner</th>
                <th scope="col">Threat</th>
                <th scope="col">Consequence</th>
                <th scope="col">Inherent</th>
                <th scope="col">Residual</th>
                <th scope="col">Next review</th>
                {canEdit && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 && (
                <tr>
                  <td colSpan={8}>{empty}</td>
                </tr>
              )}
              {shown.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={opened === r.id}
                      onClick={() => setOpened(opened === r.id ? null : r.id)}
                    >
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
                  <td>
                    {dateEnGb(r.nextReviewDate)}
                    {r.overdue && <strong> overdue</strong>}
                  </td>
                  {canEdit && (
                    <td>
                      <button type="button" onClick={() => setReviewing(r)} aria-label={`Review ${r.title}`}>
                        Review
                      </button>{" "}
                      <button type="button" onClick={() => void remove(r)} aria-label={`Delete ${r.title}`}>
                        Delete
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <fieldset className="heat-switch">
              <legend>Heat map of</legend>
              <label>
                <input type="radio" name="heat" checked={!residual} onChange={() => setResidual(false)} /> Inherent ratings
              </label>{" "}
              <label>
                <input type="radio" name="heat" checked={residual} onChange={() => setResidual(true)} /> Residual ratings
              </label>
            </fieldset>
            <HeatMap
              cells={data.riskHeatMap}
              caption={`Open risks by ${residual ? "residual (after controls)" : "inherent"} likelihood and consequence (DCB0160)`}
            />
          </div>
          {opened && canEdit && <RiskEditor key={opened} id={opened} token={session.token} />}
          {opened && <RiskScenario key={`s-${opened}`} id={opened} token={session.token} />}
          {opened && (
            <div className="risk-decisions">
              <AcceptancePanel key={`a-${opened}`} id={opened} session={session} canPropose={canEdit} />
              <RiskEvents key={`e-${opened}`} id={opened} session={session} />
            </div>
          )}
          {opened && <RiskHistory key={opened} id={opened} session={session} />}
        </div>
      )}
      <ReviewsDue session={session} />
      {reviewing && (
        <ReviewDialog title={reviewing.title} onSubmit={(note, next) => review(reviewing, note, next)} onClose={() => setReviewing(null)} />
      )}
      {canEdit && <NewRiskForm token={session.token} raised={raised} onOpen={setOpened} />}
    </div>
  );
}
