import type { ToleranceBreachesQuery } from "../../gql/graphql.js";
import { nodeDetail } from "../../lib/node-ref.js";
import { hoursText } from "./api.js";

type Breach = ToleranceBreachesQuery["toleranceBreaches"][number];

/** One page of breaches: each a care service and the node through which it breaches, with why. */
export function BreachTable({ list, caption }: { list: readonly Breach[]; caption: string }) {
  return (
    <table className="breaches">
      <caption>{caption}</caption>
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
        {list.map((b) => (
          <tr key={`${b.service.id} ${b.through.id}`}>
            <td>
              {b.service.name} <span className="muted">{b.service.organisationName}</span>
            </td>
            <td>{hoursText(b.toleranceHours)}</td>
            <td>
              {b.through.name} <span className="muted">{nodeDetail(b.through)}</span>
            </td>
            <td>{b.recoveryHours === null ? "none recorded" : hoursText(b.recoveryHours)}</td>
            <td>{b.reason === "NO_RECOVERY_TIME" ? "No recovery time recorded" : "Recovery takes longer than the tolerance"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
