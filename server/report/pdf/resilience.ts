import type { Content } from "pdfmake/interfaces";
import { whole, type BoardReport } from "../board-report.js";
import { breachBehind, breachLead, singlePointLine, supplierLine } from "../section-words.js";
import { note, section, table } from "./parts.js";

export function breaches(r: BoardReport): Content {
  const b = r.breaches;
  return section(
    "Impact-tolerance breaches",
    { text: breachLead(b) },
    b.worst.length
      ? table(
          [150, 60, "*"],
          ["Care service", "Severity", "Recovery time behind the breach"],
          b.worst.map((w) => [`${w.service}\n${w.organisation}`, w.severity, breachBehind(w)]),
        )
      : [],
  );
}

export function singlePoints(r: BoardReport): Content {
  return section(
    "Single points of failure of the most harmful services",
    note("The care services whose stopping harms most (most severe, then most patients a day), each with what alone would stop it."),
    table(
      [150, 60, "*"],
      ["Care service", "Severity", "Stopped by the loss of"],
      r.singlePoints.map((s) => [`${s.service}\n${s.organisation}`, s.severity, singlePointLine(s)]),
    ),
  );
}

export function suppliers(r: BoardReport): Content {
  return section(
    "Where harm concentrates on suppliers",
    r.suppliers.length
      ? table(
          [150, 55, 55, "*"],
          ["Supplier", "Care lost", "Data exposed", "Reach"],
          r.suppliers.map((s) => [s.name, whole(s.availabilityHarm), whole(s.confidentialityHarm), supplierLine(s)]),
        )
      : { text: "No supplier's loss or compromise harms what this report covers." },
    note("Harm in weighted patients over 24 hours, if the supplier is lost (care lost) or compromised (data exposed)."),
  );
}
