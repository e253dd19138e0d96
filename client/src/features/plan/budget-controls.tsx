import { pounds } from "../../lib/investment.js";

/** The budget, on a slider up to what every candidate together costs, and the years its annual costs are counted for. */
export function BudgetControls(p: {
  budget: number;
  years: number;
  most: number;
  onBudget: (b: number) => void;
  onYears: (y: number) => void;
}) {
  const step = 10_000;
  const top = Math.ceil(p.most / step) * step;
  return (
    <div className="filters plan-budget">
      <label>
        Budget{" "}
        <input
          type="range"
          aria-valuetext={pounds(p.budget)}
          min={0}
          max={top}
          step={step}
          value={Math.min(p.budget, top)}
          onChange={(e) => p.onBudget(Number(e.target.value))}
        />
      </label>
      <output>{pounds(p.budget)}</output>
      <label>
        Over{" "}
        <select value={p.years} onChange={(e) => p.onYears(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((y) => (
            <option key={y} value={y}>
              {y} year{y === 1 ? "" : "s"}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
