import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { nodeDetail, type NodeRef } from "../../lib/node-ref.js";
import { useAskedGraphQL } from "../../lib/query.js";
import { NodeSearch } from "../../components/node-search.js";
import { hoursText, PLAN } from "./api.js";
import { RecoveryCurve } from "../../components/recovery-curve.js";
import { NodeChips } from "../../components/node-chips.js";
import { ColumnHeads } from "../../components/column-heads.js";

const HORIZONS = [168, 336, 720, 1440];
const fmt = (n: number): string => n.toLocaleString("en-GB", { maximumFractionDigits: 0 });

/** The planner: choose what is lost and how many teams rebuild, read the order of least harm. */
export function Planner() {
  const [lost, setLost] = useState<NodeRef[]>([]);
  const [teams, setTeams] = useState(1);
  const [hours, setHours] = useState(720);
  const planned = useAskedGraphQL(PLAN);
  const plan = planned.data?.recoveryPlan ?? null;
  const working = planned.isFetching;
  const error = planned.error && !working ? errorMessage(planned.error, "The plan could not be made.") : null;
  const saved = plan ? plan.shortestFirstHarm - plan.harm : 0;
  return (
    <section aria-labelledby="planner-title">
      <h3 id="planner-title">Recovery planner</h3>
      <div className="filters">
        <NodeSearch
          label="Lost systems, data stores or suppliers"
          labels={["System", "DataStore", "Supplier"]}
          onChoose={(n) => !lost.some((x) => x.id === n.id) && setLost([...lost, n])}
        />
        <label>
          Teams <input type="number" min={1} max={100} value={teams} onChange={(e) => setTeams(Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <label>
          Horizon{" "}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h / 24} days
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => planned.ask({ lost: lost.map((n) => n.id), teams, hours })} disabled={!lost.length || working}>
          Plan the recovery
        </button>
      </div>
      <NodeChips title="Lost" items={lost} onRemove={(id) => setLost(lost.filter((x) => x.id !== id))} />
      <div aria-live="polite">
        {working && "Working out the order…"}
        {error && <span role="alert">{error}</span>}
      </div>
      {plan && (
        <div className="plan">
          <p className="totals" data-testid="plan-summary">
            Harm <strong>{fmt(plan.harm)}</strong> weighted patients over {hoursText(plan.hours)} with {plan.teams} team
            {plan.teams === 1 ? "" : "s"}; shortest recovery first would cost {fmt(plan.shortestFirstHarm)}, so this order saves{" "}
            <strong>{fmt(saved)}</strong>
            {plan.exact ? " (the best order: every order was tried)." : " (a heuristic: greedy by harm saved per hour, then swaps)."}
          </p>
          <table className="plan-steps">
            <caption>The order to rebuild in</caption>
            <ColumnHeads columns={["#", "Node", "Starts", "Back"]} />
            <tbody>
              {plan.steps.map((s, k) => (
                <tr key={s.node.id}>
                  <td>{k + 1}</td>
                  <td>
                    {s.node.name} <span className="muted">{nodeDetail(s.node)}</span>
                  </td>
                  <td>{hoursText(s.start)}</td>
                  <td>{hoursText(s.end)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <RecoveryCurve
            points={plan.curve}
            hours={Math.min(plan.hours, Math.max(...plan.steps.map((s) => s.end)) * 1.1)}
            label="Care delivered and harm so far as the plan brings nodes back"
          />
        </div>
      )}
    </section>
  );
}
