import type { BoardReport } from "../../../../../server/report/board-report.js";
import { breachBehind, breachLead, singlePointLine, supplierLine } from "../../../../../server/report/section-words.js";
import { whole } from "../../../lib/format.js";
import { ColumnHeads } from "../../../components/column-heads.js";

export function Breaches({ report }: { report: BoardReport }) {
  const b = report.breaches;
  return (
    <section aria-labelledby="breaches" className="keep-together">
      <h3 id="breaches">Impact-tolerance breaches</h3>
      <p>{breachLead(b)}</p>
      {b.worst.length > 0 && (
        <table className="report-table">
          <ColumnHeads columns={["Care service", "Severity", "Recovery time behind the breach"]} />
          <tbody>
            {b.worst.map((w, i) => (
              <tr key={i}>
                <th scope="row">
                  {w.service}
                  <span className="asset-of">{w.organisation}</span>
                </th>
                <td>{w.severity}</td>
                <td>{breachBehind(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SinglePoints({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="single-points" className="keep-together">
      <h3 id="single-points">Single points of failure of the most harmful services</h3>
      <p className="muted">
        The care services whose stopping harms most (most severe, then most patients a day), each with what alone would stop it.
      </p>
      <ul>
        {report.singlePoints.map((s, i) => (
          <li key={i}>
            <strong>{s.service}</strong> ({s.organisation}, {s.severity}): {singlePointLine(s)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Suppliers({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="suppliers" className="keep-together">
      <h3 id="suppliers">Where harm concentrates on suppliers</h3>
      {report.suppliers.length === 0 ? (
        <p>No supplier&apos;s loss or compromise harms what this report covers.</p>
      ) : (
        <ul>
          {report.suppliers.map((s, i) => (
            <li key={i}>
              <strong>{s.name}</strong>: {whole(s.availabilityHarm)} weighted patients of care lost, {whole(s.confidentialityHarm)} of data
              exposed; {supplierLine(s)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
