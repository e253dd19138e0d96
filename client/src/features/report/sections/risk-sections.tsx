import type { BoardReport } from "../../../../../server/report/board-report.js";
import { HeatMap } from "../../../components/heat-map.js";

export function TopRisks({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="top-risks">
      <h3 id="top-risks">Top risks</h3>
      {report.topRisks.length === 0 ? (
        <p>The register holds no open risk.</p>
      ) : (
        <ol>
          {report.topRisks.map((r, i) => (
            <li key={i}>
              {r.title}: residual rating {r.residualRating} (inherent {r.inherentRating}, consequence {r.consequence}); owner {r.owner}
              {r.overdue ? "; review overdue" : ""}.
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function RiskMatrix({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="heat" className="keep-together">
      <h3 id="heat">Open risks by likelihood and consequence</h3>
      <HeatMap
        cells={report.heatMap}
        caption="Each cell counts the open risks at that likelihood and consequence before controls (inherent rating), in the NHS clinical risk matrix (DCB0160)."
      />
    </section>
  );
}

export function Decisions({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="decisions">
      <h3 id="decisions">Decisions asked of the board</h3>
      {report.decisions.length === 0 ? (
        <p>No acceptance waits for a decision, none has lapsed or expires soon, and no review is overdue.</p>
      ) : (
        <ul>
          {report.decisions.map((d, i) => (
            <li key={i}>
              <strong>{d.title}</strong> (owner {d.owner}): {d.detail}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
