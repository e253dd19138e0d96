import { figureChange } from "../../../../server/model/people-words.js";
import { whole } from "../../lib/format.js";
import { useGraphQL } from "../../lib/query.js";
import { BEST_INVESTMENT, pounds } from "../../lib/investment.js";

/** "What the budget buys": the set of candidate changes a budget given on the report page buys over three years, and the harm it takes off. */
export function BudgetSection({ budget, onBudget }: { budget: number; onBudget: (budget: number) => void }) {
  const best = useGraphQL(BEST_INVESTMENT, { budget, years: 3 }, { keepPrevious: true });
  const i = best.data?.bestInvestment;
  return (
    <section aria-labelledby="budget-buys">
      <h3 id="budget-buys">What {pounds(budget)} buys over three years</h3>
      <label className="no-print">
        Budget (£){" "}
        <input type="number" min={0} step={10000} value={budget} onChange={(e) => onBudget(Math.max(0, Number(e.target.value)))} />
      </label>
      {best.error && <p role="alert">This section could not be made: {best.error.message}</p>}
      {!i && !best.error && <p aria-live="polite">Working out the best set…</p>}
      {i && i.chosen.length === 0 && <p>No candidate change that fits this budget lowers the expected harm.</p>}
      {i && i.chosen.length > 0 && (
        <>
          <ul>
            {i.candidates
              .filter((c) => i.chosen.some((x) => x.candidate.id === c.candidate.id))
              .map((c) => (
                <li key={c.candidate.id}>
                  {c.candidate.name}: {pounds(c.cost)}
                </li>
              ))}
          </ul>
          <p>
            Together they cost {pounds(i.cost)} and lower the harm to patients expected in a year from {whole(i.expectedHarmBefore)} to{" "}
            {whole(i.expectedHarmAfter)} weighted patients
            {i.peopleBefore && i.peopleAfter
              ? `; counting each risk by its likelihood, ${figureChange("patients a day who lose their care", i.peopleBefore.patientsDisruptedPerDay, i.peopleAfter.patientsDisruptedPerDay)}`
              : ""}
            .
          </p>
        </>
      )}
    </section>
  );
}
