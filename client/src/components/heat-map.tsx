import { band, BAND_KEY } from "../../../server/report/key.js";
import { LIKELIHOODS as LOWEST_FIRST, SEVERITIES as CONSEQUENCES } from "../../../server/model/vocabulary.js";
import { words } from "../lib/format.js";

export interface HeatCell {
  likelihood: string;
  consequence: string;
  count: number;
}

// The grid reads like the matrix: the most likely at the top.
const LIKELIHOODS = [...LOWEST_FIRST].reverse();

/**
 * The 5×5 DCB0160 grid: open risks per likelihood and consequence, each cell in its band's colour
 * with its count and the band's name written in it, so it reads without colour; the key below.
 */
export function HeatMap({ cells, caption }: { cells: HeatCell[]; caption: string }) {
  const count = (l: string, c: string): number => cells.find((x) => x.likelihood === l && x.consequence === c)?.count ?? 0;
  return (
    <div className="heat-map-figure">
      <table className="heat-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="axis">
              Likelihood
            </th>
            <th scope="colgroup" colSpan={CONSEQUENCES.length} className="axis">
              Consequence
            </th>
          </tr>
          <tr>
            {CONSEQUENCES.map((c) => (
              <th key={c} scope="col">
                {words(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LIKELIHOODS.map((l) => (
            <tr key={l}>
              <th scope="row">{words(l)}</th>
              {CONSEQUENCES.map((c) => {
                const b = band(l, c);
                const n = count(l, c);
                return (
                  <td key={c} style={{ background: b.fill }} data-likelihood={l} data-consequence={c}>
                    <span className="count">{n || ""}</span>
                    <span className="sr-only">
                      {n === 0 ? "no risks, " : n === 1 ? " risk, " : " risks, "}rating {b.rating},{" "}
                    </span>
                    <span className="band">{b.name}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="band-key" aria-label="Key to the matrix">
        {BAND_KEY.map((k) => (
          <li key={k.ratings}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" rx="2" fill={k.fill} stroke="#777" />
            </svg>{" "}
            rating {k.ratings} ({k.colour}): {k.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
