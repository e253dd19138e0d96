import { whole } from "../../lib/format.js";
import { applyHash, pounds, type Investment } from "../../lib/investment.js";

/** Every candidate that still applies: its cost, what it is worth alone and within the chosen set, and what it moves. */
export function CandidateTable({ investment: i, canApply }: { investment: Investment; canApply: boolean }) {
  const chosen = new Set(i.chosen.map((c) => c.candidate.id));
  const rows = [...i.candidates].sort((a, b) => b.benefit - a.benefit);
  return (
    <table aria-label="Candidates">
      <thead>
        <tr>
          <th>Candidate</th>
          <th>Cost over {i.years} years</th>
          <th>Harm taken off alone</th>
          <th>Per £1,000</th>
          <th>In the chosen set</th>
          <th>What it moves</th>
          {canApply && <th />}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.candidate.id}>
            <td>{c.candidate.name}</td>
            <td>
              {pounds(c.cost)}
              <small>
                {" "}
                ({pounds(c.candidate.oneOffCost)} once, {pounds(c.candidate.annualCost)} a year)
              </small>
            </td>
            <td>{whole(c.benefit)}</td>
            <td>{c.benefitPerThousandPounds.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</td>
            <td>{chosen.has(c.candidate.id) ? `yes, adds ${whole(c.marginalBenefit)}` : "no"}</td>
            <td>{c.risksMoved.map((r) => r.title).join("; ") || c.moves.map((m) => m.name).join(", ") || "nothing on the register"}</td>
            {canApply && (
              <td>
                <a href={applyHash(c.candidate.id)}>Apply this candidate…</a>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
