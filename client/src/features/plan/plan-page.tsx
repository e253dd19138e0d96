import { useState } from "react";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL } from "../../lib/query.js";
import { usePerson } from "../../lib/session.js";
import { mayEdit } from "../../lib/roles.js";
import { useDebounced } from "../../lib/use-debounced.js";
import { BEST_INVESTMENT, CANDIDATES } from "../../lib/investment.js";
import { BudgetControls } from "./budget-controls.js";
import { CandidateTable } from "./candidate-table.js";
import { ChosenSet } from "./chosen-set.js";
import { StaleList } from "./stale-list.js";
import { CandidateEditing } from "./candidate-editing.js";

/**
 * What to do next: the candidate changes with their costs and what each is worth alone, and
 * the set a budget buys over some years, with the expected harm before and after. A candidate
 * is applied through the Model page's preview, never from here.
 */
export function PlanPage() {
  const [budget, setBudget] = useState(400_000);
  const [years, setYears] = useState(3);
  const asked = useDebounced({ budget, years }, 300);
  const candidates = useGraphQL(CANDIDATES, {});
  const best = useGraphQL(BEST_INVESTMENT, asked, { keepPrevious: true });
  const list = candidates.data?.candidates ?? [];
  const most = Math.max(100_000, ...[list.reduce((a, c) => a + (c.stale ? 0 : c.oneOffCost + years * c.annualCost), 0)]);
  const canApply = mayEdit(usePerson().role);
  const error = best.error ?? candidates.error;

  return (
    <div className="page plan">
      <h2>Plan: what a budget buys</h2>
      <p>
        Each candidate is a change to the model someone proposes, with what it costs. Its worth is the harm to patients it takes off the
        risk register in a typical year, counting how likely each risk is; candidates are weighed together, as two changes can cover the
        same gap.
      </p>
      <BudgetControls budget={budget} years={years} most={most} onBudget={setBudget} onYears={setYears} />
      {error && <p role="alert">{errorMessage(error)}</p>}
      {!best.data && !error && <p aria-live="polite">Working out the best set…</p>}
      {best.data && <ChosenSet investment={best.data.bestInvestment} />}
      {best.data && <CandidateTable investment={best.data.bestInvestment} canApply={canApply} />}
      {best.data && <StaleList leftOut={best.data.bestInvestment.leftOut} />}
      {canApply && <CandidateEditing />}
    </div>
  );
}
