import { whole } from "../../lib/format.js";
import { pounds, type Investment } from "../../lib/investment.js";
import { peopleChange } from "./people-change.js";

/** The set the budget buys, in pounds, in weighted patients and in people (each risk counted by how likely it is in a year). */
export function ChosenSet({ investment: i }: { investment: Investment }) {
  const names = new Map(i.candidates.map((c) => [c.candidate.id, c.candidate.name]));
  const cut = i.expectedHarmBefore > 0 ? Math.round((100 * (i.expectedHarmBefore - i.expectedHarmAfter)) / i.expectedHarmBefore) : 0;
  return (
    <section aria-labelledby="chosen" className="plan-chosen">
      <h3 id="chosen">
        {pounds(i.budget)} over {i.years} year{i.years === 1 ? "" : "s"} buys
      </h3>
      {i.chosen.length === 0 ? (
        <p>Nothing that fits this budget lowers the expected harm.</p>
      ) : (
        <ul>
          {i.chosen.map((c) => (
            <li key={c.candidate.id}>{names.get(c.candidate.id)}</li>
          ))}
        </ul>
      )}
      <p>
        Cost {pounds(i.cost)}. Expected harm in a year falls from {whole(i.expectedHarmBefore)} to {whole(i.expectedHarmAfter)} weighted
        patients ({cut}% less).
        {i.exact ? "" : " With this many candidates the set is found step by step, not by trying every combination."}
      </p>
      {i.peopleBefore && i.peopleAfter && <p>{peopleChange(i.peopleBefore, i.peopleAfter)}</p>}
    </section>
  );
}
