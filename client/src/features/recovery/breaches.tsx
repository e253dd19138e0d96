import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import type { NodeRef } from "../../lib/node-ref.js";
import { useGraphQL } from "../../lib/query.js";
import { NodeSearch } from "../../components/node-search.js";
import { BREACH_LIMIT, BREACHES, hoursText } from "./api.js";

/** The tolerance breaches a business-impact analysis needs: which service, through what, and why. */
export function Breaches({ token }: { token: string }) {
  const [org, setOrg] = useState<NodeRef | null>(null);
  const breaches = useGraphQL(BREACHES, { org: org?.id ?? null, first: BREACH_LIMIT }, token);
  const rows = breaches.data ? { list: breaches.data.toleranceBreaches, count: breaches.data.toleranceBreachCount } : null;
  const error = breaches.error ? errorMessage(breaches.error) : null;
  return (
    <section aria-labelledby="breaches-title">
      <h3 id="breaches-title">Impact tolerance breaches</h3>
      <div className="filters">
        <NodeSearch token={token} label="Organisation" labels={["Organisation"]} onChoose={setOrg} />
        {org && (
          <p>
            {org.name}{" "}
            <button type="button" onClick={() => setOrg(null)}>
              All organisations
            </button>
          </p>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {!rows && !error && <p aria-live="polite">Finding breaches…</p>}
      {rows && (
        <table className="breaches">
          <caption>
            {rows.list.length < rows.count
              ? `The first ${rows.list.length} of ${rows.count.toLocaleString("en-GB")}`
              : `${rows.count.toLocaleString("en-GB")}`}{" "}
            services and the nodes through which they breach their tolerance
          </caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Tolerance</th>
              <th scope="col">Through</th>
              <th scope="col">Recovery time</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.list.map((b) => (
              <tr key={`${b.service.id} ${b.through.id}`}>
                <td>
                  {b.service.name} <span className="muted">{b.service.organisationName}</span>
                </td>
                <td>{hoursText(b.toleranceHours)}</td>
                <td>{b.through.name}</td>
                <td>{b.recoveryHours === null ? "none recorded" : hoursText(b.recoveryHours)}</td>
                <td>{b.reason === "NO_RECOVERY_TIME" ? "No recovery time recorded" : "Recovery takes longer than the tolerance"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
