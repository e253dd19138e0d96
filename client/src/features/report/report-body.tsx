import { plain, timeEnGb } from "../../../../server/model/plain-words.js";
import type { BoardReport } from "../../../../server/report/board-report.js";
import { WEIGHTED_PATIENTS } from "../../../../server/report/key.js";
import { HeatMap } from "../../components/heat-map.js";
import { AssetBars } from "./asset-bars.js";

const minute = (iso: string): string => `${timeEnGb(iso)} UTC`;

/** The board report as the PDF lays it out: the summary first, then the risks, the matrix, the assets, what moved and the audit head. */
export function ReportBody({ report }: { report: BoardReport }) {
  return (
    <article>
      <p className="muted">
        Made {minute(report.generatedAt)} from model version {report.graphVersion}.
      </p>
      <p className="summary">{report.summary}</p>
      <p className="muted">{WEIGHTED_PATIENTS}</p>
      <section aria-labelledby="top-risks">
        <h3 id="top-risks">Top risks</h3>
        {report.topRisks.length === 0 ? (
          <p>The register holds no open risk.</p>
        ) : (
          <ol>
            {report.topRisks.map((r, i) => (
              <li key={i}>
                {r.title}: residual rating {r.residualRating} (inherent {r.inherentRating}, consequence {plain(r.consequence)}); owner{" "}
                {r.owner}
                {r.overdue ? "; review overdue" : ""}.
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="decisions">
        <h3 id="decisions">Decisions for the board</h3>
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
      <section aria-labelledby="heat" className="keep-together">
        <h3 id="heat">Open risks by likelihood and consequence</h3>
        <HeatMap
          cells={report.heatMap}
          caption="Each cell counts the open risks at that likelihood and consequence before controls (inherent rating), in the NHS clinical risk matrix (DCB0160)."
        />
      </section>
      <section aria-labelledby="protect">
        <h3 id="protect">What to protect first (harm to patients over 24 hours)</h3>
        <AssetBars assets={report.topAssets} />
      </section>
      {report.changes && (
        <section aria-labelledby="moved">
          <h3 id="moved">What moved since {report.since}</h3>
          <ul>
            {report.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="audit-head">
        <h3 id="audit-head">Audit trail</h3>
        {report.auditHead ? (
          <p>
            Verified up to event {report.auditHead.seq} on {minute(report.auditHead.at)}; that event&apos;s hash is{" "}
            <code className="audit-hash">{report.auditHead.hash}</code>. Keep it: the trail can later be asked whether it still holds that
            event unchanged.
          </p>
        ) : (
          <p>The audit chain has not been verified yet.</p>
        )}
        {report.auditHead?.signature ? (
          <p>
            Signed with the audit key kept outside the database: <code className="audit-hash">{report.auditHead.signature}</code>.
          </p>
        ) : null}
      </section>
    </article>
  );
}
