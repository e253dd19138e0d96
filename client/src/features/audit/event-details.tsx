import { useEffect, useState } from "react";
import { errorMessage, request } from "../../lib/graphql.js";
import { EVENT_STATES, type AuditEvent } from "./api.js";
import { DifferenceList } from "./difference-list.js";
import { HashValue } from "./hash-value.js";
import { valueDiff, type Difference } from "./value-diff.js";

/** An opened event: its before and after as differences (fetched now: an import's can be large), and its place in the chain. */
export function EventDetails({ event, token }: { event: AuditEvent; token: string }) {
  const [differences, setDifferences] = useState<Difference[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    request<{ auditTrail: { events: Array<{ before: unknown; after: unknown }> } }>(EVENT_STATES, { after: event.seq - 1 }, token, abort.signal)
      .then((r) => {
        const states = r.auditTrail.events[0];
        setDifferences(states ? valueDiff(states.before, states.after) : []);
      })
      .catch((e: unknown) => (e as Error).name !== "AbortError" && setError(errorMessage(e)));
    return () => abort.abort();
  }, [event.seq, token]);
  return (
    <div className="event-details">
      <p>
        By {event.actor} ({event.actorRole.replace("_", " ").toLowerCase()}){event.target && <>, on <code>{event.target}</code></>}.
      </p>
      <HashValue label="Hash" hash={event.hash} />
      <HashValue label="Previous hash" hash={event.prevHash} />
      <h4>Before and after</h4>
      {error && <p role="alert">{error}</p>}
      {!differences && !error && <p aria-live="polite">Reading the event…</p>}
      {differences && <DifferenceList differences={differences} />}
    </div>
  );
}
