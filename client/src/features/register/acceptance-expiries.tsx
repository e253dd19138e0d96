import { dateEnGb } from "../../lib/format.js";
import { useGraphQL } from "../../lib/query.js";
import { ACCEPTANCE_EXPIRIES } from "./acceptance-api.js";

const DAY_MS = 86_400_000;

/** Acceptances expired, and those expiring within 14 days, each with its risk's owner: the other dates the Reviews section keeps. */
export function AcceptanceExpiries() {
  const read = useGraphQL(ACCEPTANCE_EXPIRIES, {});
  const until = new Date(Date.now() + 14 * DAY_MS).toISOString().slice(0, 10);
  const rows = (read.data?.risks ?? []).filter(
    (r) => r.acceptance?.state === "EXPIRED" || (r.acceptance?.state === "ACCEPTED" && r.acceptance.expires <= until),
  );
  return (
    <>
      <h4>Acceptances expired or expiring within 14 days ({rows.length})</h4>
      {rows.length ? (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              {r.title} — {r.owner}: {r.acceptance!.state === "EXPIRED" ? "expired on" : "expires on"} {dateEnGb(r.acceptance!.expires)}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
    </>
  );
}
