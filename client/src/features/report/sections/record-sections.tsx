import type { BoardReport } from "../../../../../server/report/board-report.js";
import { timeEnGb } from "../../../../../server/model/date-words.js";
import { changesHeading, completenessShare, KEPT_NOTE } from "../../../../../server/report/section-words.js";

export function Changes({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="changes">
      <h3 id="changes">{changesHeading(report.changes)}</h3>
      <ul>
        {report.changes.lines.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
      <p className="muted">{KEPT_NOTE}</p>
    </section>
  );
}

export function Completeness({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="completeness">
      <h3 id="completeness">How complete the model is</h3>
      <ul>
        {report.completeness.map((c, i) => (
          <li key={i}>
            {c.what}: {completenessShare(c)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AuditHead({ report }: { report: BoardReport }) {
  return (
    <section aria-labelledby="audit-head">
      <h3 id="audit-head">Audit trail</h3>
      {report.auditHead ? (
        <p>
          Verified up to event {report.auditHead.seq} on {timeEnGb(report.auditHead.at)}; that event&apos;s hash is{" "}
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
  );
}
