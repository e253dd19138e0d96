import type { Content } from "pdfmake/interfaces";
import type { BoardReport } from "../board-report.js";
import { changesHeading, completenessShare, KEPT_NOTE } from "../section-words.js";
import { timeEnGb } from "../../model/date-words.js";
import { note, section, table } from "./parts.js";

export function changes(r: BoardReport): Content {
  return section(changesHeading(r.changes), { ul: r.changes.lines }, note(KEPT_NOTE));
}

export function completeness(r: BoardReport): Content {
  return section(
    "How complete the model is",
    note("Gaps that make the figures above lower than they should be, each with its share of what could have it."),
    table(
      ["*", 110],
      ["Gap", "Count and share"],
      r.completeness.map((c) => [c.what, completenessShare(c)]),
    ),
  );
}

export function audit(r: BoardReport): Content {
  const body: Content = r.auditHead
    ? [
        {
          text: `Verified up to event ${r.auditHead.seq} on ${timeEnGb(r.auditHead.at)}; that event's hash:`,
          fontSize: 9,
        },
        { text: r.auditHead.hash, fontSize: 8 },
        ...(r.auditHead.signature
          ? [{ text: `Signed with the audit key, outside the database: ${r.auditHead.signature}`, fontSize: 8 }]
          : []),
        { text: "Keep this page: the audit trail can later be asked whether it still holds that event unchanged.", fontSize: 9 },
      ]
    : [{ text: "The audit chain has not been verified yet.", fontSize: 9 }];
  return section("Audit trail", body);
}
