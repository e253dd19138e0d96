import type { ToleranceBreachesQuery } from "../../gql/graphql.js";
import { nodeDetail } from "../../lib/node-ref.js";
import { hoursText } from "./api.js";
import { ColumnHeads } from "../../components/column-heads.js";

type Breach = ToleranceBreachesQuery["toleranceBreaches"][number];

/** One page of breaches: each a care service and the node through which it breaches, with why. */
export function BreachTable({ list, caption }: { list: readonly Breach[]; caption: string }) {
  return (
    <table className="breaches">
      <caption>{caption}</caption>
      <ColumnHeads columns={["Service", "Tolerance", "Through", "Recovery time", "Why"]} />
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
