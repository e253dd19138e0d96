import { dateEnGb, whole } from "../../lib/format.js";
import type { RiskAcceptancesQuery } from "../../gql/graphql.js";

type Acceptance = NonNullable<RiskAcceptancesQuery["risk"]>["acceptances"][number];

const STATE_WORDS: Record<string, string> = {
  PROPOSED: "waiting for a decision",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  EXPIRED: "expired",
  REVOKED: "revoked",
  LAPSED: "lapsed",
};

/** Every acceptance of a risk, oldest first: who proposed and decided it, what it was judged at, and why it ended. */
export function AcceptanceHistory({ acceptances }: { acceptances: readonly Acceptance[] }) {
  return (
    <ol>
      {acceptances.map((a) => (
        <li key={a.id} id={`acceptance-${a.id}`} tabIndex={-1}>
          <strong>{STATE_WORDS[a.state]}</strong>: proposed by {a.proposedBy} on {dateEnGb(a.proposedAt)} until {dateEnGb(a.expires)} — “
          {a.justification}”
          {a.decidedBy && a.decidedAt && (
            <>
              {" "}
              Decided by {a.decidedBy} on {dateEnGb(a.decidedAt)}: {a.note}
            </>
          )}
          {a.snapshot && (
            <>
              {" "}
              Judged at residual rating {a.snapshot.rating}, scenario harm {whole(a.snapshot.harm)} weighted patients, graph version{" "}
              {a.snapshot.graphVersion}.
            </>
          )}
          {a.reason && (
            <>
              {" "}
              {a.state === "LAPSED" ? "Lapsed at " : ""}
              {a.reason}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
