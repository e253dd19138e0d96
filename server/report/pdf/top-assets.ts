import type { Content, TableCell } from "pdfmake/interfaces";
import { roughly } from "../../model/people-words.js";
import { whole, type BoardReport } from "../board-report.js";
import { CARE_COLOUR as CARE, DATA_COLOUR as DATA } from "../key.js";
import { longSection, note } from "./parts.js";
import { heldBy } from "../section-words.js";

/** The top assets as bars of weighted patients, care lost and data exposed in one bar, each with its people, owner and risk beneath its name. */
function bars(r: BoardReport): Content {
  const most = Math.max(1, ...r.topAssets.map((a) => a.score));
  const width = 200;
  return {
    table: {
      widths: [250, width, 45],
      dontBreakRows: true,
      body: r.topAssets.map((a): TableCell[] => {
        const care = (a.availabilityHarm / most) * width;
        const data = (a.confidentialityHarm / most) * width;
        return [
          {
            text: [
              `${a.rank}. ${a.name}`,
              { text: ` ${[a.kind, a.organisation].filter(Boolean).join(", ")}`, style: "muted" },
              { text: `\n${roughly(a.people.patientsDisruptedPerDay)} patients a day, ${roughly(a.people.recordsExposed)} records` },
              { text: `\n${heldBy(a)}`, color: a.risk ? "#333333" : "#b71c1c" },
            ],
            fontSize: 8,
          },
          {
            canvas: [
              { type: "rect", x: 0, y: 2, w: Math.max(care, 0.5), h: 8, color: CARE },
              ...(data > 0 ? [{ type: "rect" as const, x: care, y: 2, w: data, h: 8, color: DATA }] : []),
            ],
          },
          { text: whole(a.score), fontSize: 8, alignment: "right" },
        ];
      }),
    },
    layout: "noBorders",
  };
}

export function topAssets(r: BoardReport): Content {
  return longSection(
    "Top ten assets to protect (harm to patients over 24 hours)",
    { text: [{ text: "■ ", color: CARE }, "care lost   ", { text: "■ ", color: DATA }, "data exposed"], style: "muted" },
    r.topAssets.length ? bars(r) : note("No system, data store or supplier is ranked."),
  );
}
