import { plain, plainText } from "../../../../server/model/plain-words.js";
import { useMemo } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { EVENT_STATES, type AuditEvent } from "./api.js";
import { DifferenceList } from "./difference-list.js";
import { HashValue } from "./hash-value.js";
import { valueDiff } from "./value-diff.js";
import { ActorDetail } from "./actor-detail.js";
import { EventTarget } from "./event-target.js";

/** An opened event: its before and after as differences (fetched now: an import's can be large), and its place in the chain. */
export function EventDetails({ event }: { event: AuditEvent }) {
  const read = useGraphQL(EVENT_STATES, { after: event.seq - 1 });
  const states = read.data?.auditTrail.events[0];
  const differences = useMemo(() => {
    if (!read.data) return null;
    return states ? valueDiff(states.before, states.after) : [];
  }, [read.data, states]);
  const error = read.error ? errorMessage(read.error) : null;
  return (
    <div className="event-details">
      <p>
        By {plainText(event.actor)} ({plain(event.actorRole)})
        {event.target && (
          <>
            , on <EventTarget id={event.target} action={event.action} record={states?.after ?? states?.before} />
          </>
        )}
        .
      </p>
      <ActorDetail event={event} />
      <HashValue label="Hash" hash={event.hash} />
      <HashValue label="Previous hash" hash={event.prevHash} />
      <h4>Before and after</h4>
      {error && <p role="alert">{error}</p>}
      {!differences && !error && <p aria-live="polite">Reading the event…</p>}
      {differences && <DifferenceList differences={differences} />}
    </div>
  );
}
