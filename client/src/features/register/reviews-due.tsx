import { useState } from "react";
import { dateEnGb } from "../../lib/format.js";
import { NodeName } from "../../lib/node-name.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import { CREATE_FEED, reasons, REVIEWS_DUE, REVOKE_FEEDS } from "./acceptance-api.js";
import { AcceptanceExpiries } from "./acceptance-expiries.js";

/** Reviews overdue and due within 14 days, acceptances expired or expiring, and the person's review calendar address. */
export function ReviewsDue() {
  const due = useGraphQL(REVIEWS_DUE, {});
  const create = useGraphQLMutation(CREATE_FEED, []);
  const stop = useGraphQLMutation(REVOKE_FEEDS, []);
  const [feed, setFeed] = useState<string | null>(null);
  const [said, setSaid] = useState<string[]>([]);
  const rows = due.data?.reviewsDue ?? [];
  const overdue = rows.filter((r) => r.overdue);
  const soon = rows.filter((r) => !r.overdue);
  const list = (items: typeof rows) => (
    <ul>
      {items.map((r) => (
        <li key={r.id}>
          {r.title} — {r.owner}
          {r.organisation && (
            <>
              , <NodeName id={r.organisation} />
            </>
          )}
          : {dateEnGb(r.nextReviewDate)}
          {r.acceptance?.state === "ACCEPTED" ? `; accepted until ${dateEnGb(r.acceptance.expires)}` : ""}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="reviews-due" aria-labelledby="reviews-due">
      <h3 id="reviews-due">Reviews</h3>
      <h4>Overdue ({overdue.length})</h4>
      {overdue.length ? list(overdue) : <p>None.</p>}
      <h4>Due within 14 days ({soon.length})</h4>
      {soon.length ? list(soon) : <p>None.</p>}
      <AcceptanceExpiries />
      <button
        type="button"
        onClick={() =>
          void create.mutateAsync({}).then(
            (r) => {
              setFeed(`${window.location.origin}${r.createReviewFeed.path}`);
              setSaid([]);
            },
            (e: unknown) => setSaid(reasons(e)),
          )
        }
      >
        New review calendar address
      </button>{" "}
      <button
        type="button"
        onClick={() =>
          void stop.mutateAsync({}).then(
            (n) => {
              setFeed(null);
              setSaid([`${n.revokeReviewFeeds} calendar address(es) stopped.`]);
            },
            (e: unknown) => setSaid(reasons(e)),
          )
        }
      >
        Stop my calendar addresses
      </button>
      {feed && (
        <p role="status">
          Subscribe to this address in your calendar; it is shown only now and works until you stop it: <code>{feed}</code>
        </p>
      )}
      {said.map((s) => (
        <p key={s} role="status">
          {s}
        </p>
      ))}
    </section>
  );
}
