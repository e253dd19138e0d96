import { riskRating } from "../../../../server/engine/risk-matrix.js";
import { LIKELIHOODS as LOWEST_FIRST, RATING_COLOURS, SEVERITIES as CONSEQUENCES, words, type HeatCell } from "./api.js";

// The grid reads like the matrix: the most likely at the top.
const LIKELIHOODS = [...LOWEST_FIRST].reverse();

/** The 5×5 DCB0160 grid: counts of open risks per likelihood and consequence, cells shaded by rating. */
export function HeatMap({ cells, residual = false }: { cells: HeatCell[]; residual?: boolean }) {
  const count = (l: string, c: string): number => cells.find((x) => x.likelihood === l && x.consequence === c)?.count ?? 0;
  return (
    <table className="heat-map">
      <caption>Open risks by {residual ? "residual (after controls)" : "inherent"} likelihood and consequence (DCB0160)</caption>
      <thead>
        <tr>
          <th scope="col">Likelihood</th>
          {CONSEQUENCES.map((c) => <th key={c} scope="col">{words(c)}</th>)}
        </tr>
      </thead>
      <tbody>
        {LIKELIHOODS.map((l) => (
          <tr key={l}>
            <th scope="row">{words(l)}</th>
            {CONSEQUENCES.map((c) => {
              const rating = riskRating(l as Parameters<typeof riskRating>[0], c as Parameters<typeof riskRating>[1]);
              return (
                <td key={c} style={{ background: RATING_COLOURS[rating], color: "#fff" }} aria-label={`${words(l)}, ${words(c)}: rating ${rating}, ${count(l, c)} risks`}>
                  {count(l, c) || ""}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
