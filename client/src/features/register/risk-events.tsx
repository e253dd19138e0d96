import { skipToken } from "@tanstack/react-query";
import { useGraphQL } from "../../lib/query.js";
import { mayReadAudit } from "../../lib/roles.js";
import { usePerson } from "../../lib/session.js";
import { RISK_EVENTS } from "./api.js";
import { IdsNamed } from "../../components/ids-named.js";
import { actionWords, summaryWords } from "../../../../server/model/plain-words.js";
import { timeEnGb } from "../../../../server/model/date-words.js";

/** What an audit action did, in words. */
const DID: Record<string, string> = {
  "risk.create": "raised the risk",
  "risk.update": "changed the risk",
  "risk.review": "recorded a review",
  "risk.delete": "deleted the risk",
  "risk.override": "overrode the consequence",
  "risk.override-cleared": "cleared the consequence override",
  "risk.rating-moved": "recorded the rating the graph moved",
  "risk.acceptance-proposed": "proposed acceptance",
  "risk.acceptance-accepted": "accepted",
  "risk.acceptance-rejected": "rejected acceptance",
  "risk.acceptance-revoked": "revoked acceptance",
  "risk.acceptance-lapsed": "lapsed the acceptance",
};

/** A risk's audit events, newest first, beside its acceptance history: who did what, when (for those who may read the trail). */
export function RiskEvents({ id }: { id: string }) {
  const mayRead = mayReadAudit(usePerson().role);
  const trail = useGraphQL(RISK_EVENTS, mayRead ? { id } : skipToken);
  if (!mayRead) return null;
  const events = trail.isError ? [] : (trail.data?.auditTrail.events ?? null);
  return (
    <section className="risk-events" aria-label="Audit events of this risk">
      <h4>Audit events</h4>
      {trail.isError && <p role="alert">The audit trail could not be read: {(trail.error as Error).message}</p>}
      {!events ? (
        <p aria-live="polite">Loading…</p>
      ) : events.length === 0 ? (
        <p>None.</p>
      ) : (
        <ol reversed>
          {[...events].reverse().map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{timeEnGb(e.at)}</time> <strong>{e.actor}</strong> {DID[e.action] ?? actionWords(e.action)}
              <br />
              <small>
                #{e.seq} <IdsNamed text={summaryWords(e.summary)} />
              </small>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
